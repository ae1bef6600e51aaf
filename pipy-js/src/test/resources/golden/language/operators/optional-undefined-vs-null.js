const o = { n: null, u: undefined, z: 0, s: '' };
println(o.n?.x, o.u?.x, o.z?.x, o.s?.length);
