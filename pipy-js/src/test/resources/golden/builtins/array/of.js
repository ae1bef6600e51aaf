println(JSON.stringify(Array.of()), JSON.stringify(Array.of(7)), JSON.stringify(Array.of(1, 'a', null, undefined)));
println(Array.of.length, Array.of(3).length);
