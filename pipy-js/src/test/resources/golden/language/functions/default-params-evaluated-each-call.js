function f(a = []) { a.push(1); return a.length; }
println(f(), f());
