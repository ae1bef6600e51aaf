const f = v => v ? { t: true } : { t: false };
println(f(1).t, f(0).t);
