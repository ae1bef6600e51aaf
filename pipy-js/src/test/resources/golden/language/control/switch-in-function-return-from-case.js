function f(x) { switch (x) { case 'a': { return 1; } default: { let y = 2; return y; } } }
println(f('a'), f('b'));
