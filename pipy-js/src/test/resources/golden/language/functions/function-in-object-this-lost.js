'use strict';
const o = { v: 1, m() { return typeof this; } };
const f = o.m;
println(f());
