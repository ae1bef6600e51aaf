const o = { a: { b: 1 } };
println(o?.a?.b, o?.x?.y, o.x?.y.z.w);
