function f(o) { return JSON.stringify(o); }
println(f({ ...{ a: 1 }, b: 2 }));
