function f() { return [arguments.length, typeof arguments, Array.isArray(arguments), arguments[1]].join(); }
println(f(1, 'two', 3));
