const o = {toString() { return 'custom'; }};
println(o.toLocaleString(), ({}).toLocaleString(), [1, 2].toLocaleString());
const v = {}; println(v.valueOf() === v, typeof Object.prototype.valueOf.call(1), Object.prototype.valueOf.call('s') instanceof String);
try { Object.prototype.valueOf.call(null); } catch (e) { println(e.name); }
try { Object.prototype.toLocaleString.call(undefined); } catch (e) { println(e.name); }
