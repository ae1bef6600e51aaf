let calls = 0;
const side = () => { calls++; return 'k'; };
const a = null;
println(a?.b.c.d[side()]());
println(calls);
println(a?.[side()]);
println(calls);
