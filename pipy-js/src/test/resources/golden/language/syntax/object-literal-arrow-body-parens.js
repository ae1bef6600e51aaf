const f = () => ({ a: 1, b: [2] });
println(JSON.stringify(f()));
