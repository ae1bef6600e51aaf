let n = 0;
const o = { get g() { return ++n; } };
const { g } = o;
println(g, n);
