const o = { if: 1, else: 2, for: 3, while: 4, return: 5, typeof: 6, instanceof: 7, in: 8, of: 9, let: 10, yield: 11, await: 12, enum: 13 };
println(o.if + o.else + o.for + o.while + o.return + o.typeof + o.instanceof + o.in + o.of + o.let + o.yield + o.await + o.enum);
