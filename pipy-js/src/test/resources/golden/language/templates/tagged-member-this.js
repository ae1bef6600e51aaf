const o = { p: '!', tag(s, v) { return s[0] + v + this.p; } };
println(o.tag`v=${5}`);
