function f({ a, ...r }, [b, ...s]) { return JSON.stringify([a, r, b, s]); }
println(f({ a: 1, z: 2 }, [3, 4, 5]));
