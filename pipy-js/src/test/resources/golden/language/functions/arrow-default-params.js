const f = (a = 1, { b } = { b: 2 }, [c] = [3]) => a + b + c;
println(f(), f(10, { b: 20 }, [30]));
