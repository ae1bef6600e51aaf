println(Boolean(), Boolean(0), Boolean(''), Boolean('0'), Boolean([]), Boolean({}), Boolean(NaN), Boolean(-0), Boolean(null), Boolean(Symbol()));
const b = new Boolean(false);
println(typeof b, b ? 'truthy' : 'falsy', b.valueOf(), b.toString(), String(b), JSON.stringify(b), b == false, Object.prototype.toString.call(b));
println(true.toString(), false.valueOf(), Boolean.prototype.valueOf(), Boolean.length, Boolean.name, Boolean.prototype.constructor === Boolean);
try { Boolean.prototype.toString.call(1); } catch (e) { println(e.name); }
try { Boolean.prototype.valueOf.call('true'); } catch (e) { println(e.name); }
