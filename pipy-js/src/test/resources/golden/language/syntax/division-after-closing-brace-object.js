const o = { v: 10 };
const r = ({ v: 6 }).v / 2 / 1;
println(r);
