function f(a) { const get = () => a; arguments[0] = 'via arguments'; return get(); }
println(f('orig'));
