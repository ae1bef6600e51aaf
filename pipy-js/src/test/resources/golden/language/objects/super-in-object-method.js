const base = { hi() { return 'base hi'; } };
const o = { __proto__: base, hi() { return 'derived+' + super.hi(); } };
println(o.hi());
