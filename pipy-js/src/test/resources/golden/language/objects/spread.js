const a = { x: 1, y: 2 };
const b = { ...a, y: 3, ...{ z: 4 }, ...null, ...undefined, ...'hi' };
println(JSON.stringify(b));
