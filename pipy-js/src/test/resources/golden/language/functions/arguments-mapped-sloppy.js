function f(a, b) { a = 'A'; arguments[1] = 'B'; return [a, b, arguments[0], arguments[1]].join(); }
println(f(1, 2));
