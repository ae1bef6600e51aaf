const o = { a: undefined };
println('a' in o, 'b' in o, 'toString' in o, 0 in [1], 1 in [1], 'length' in []);
