function f(a, ...rest) { return rest.length + ':' + Array.isArray(rest) + ':' + rest.join('-'); }
println(f(1), f(1, 2, 3));
