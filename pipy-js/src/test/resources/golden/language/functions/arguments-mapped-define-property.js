function f(a) { Object.defineProperty(arguments, '0', { value: 'defined' }); const r1 = a; Object.defineProperty(arguments, '0', { writable: false }); a = 'later'; return [r1, arguments[0]].join(); }
println(f('x'));
