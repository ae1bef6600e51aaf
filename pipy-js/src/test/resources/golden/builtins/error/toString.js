const ts = Error.prototype.toString;
println(ts.call({name: 'N', message: 'M'}), ts.call({}), ts.call({name: '', message: 'only msg'}), ts.call({name: 'only name', message: ''}));
println(ts.call({name: undefined, message: undefined}), ts.call({name: 5, message: 6}));
try { ts.call(1); } catch (e) { println(e.name); }
const e = new Error('x'); e.name = 'Custom'; println(String(e));
