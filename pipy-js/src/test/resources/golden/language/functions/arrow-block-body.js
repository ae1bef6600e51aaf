const f = (x) => { if (x) return 'yes'; return 'no'; };
println(f(1), f(0));
