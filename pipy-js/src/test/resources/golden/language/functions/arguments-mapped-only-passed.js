function f(a, b) { b = 'set'; return [arguments.length, arguments[1], b].join(); }
println(f(1));
