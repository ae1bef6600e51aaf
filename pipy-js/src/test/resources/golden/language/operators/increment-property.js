const o = { n: 1 }; o.n++; ++o.n; println(o.n);
const a = [1]; a[0]++; println(a[0]);
