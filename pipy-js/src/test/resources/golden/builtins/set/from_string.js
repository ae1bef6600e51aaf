var s = new Set('hello');
println(s.size, [...s].join(''));
