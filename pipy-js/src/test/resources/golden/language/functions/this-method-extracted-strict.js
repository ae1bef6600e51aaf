'use strict';
const o = { v: 1, m() { return this; } };
const m = o.m;
println(m(), o.m() === o);
