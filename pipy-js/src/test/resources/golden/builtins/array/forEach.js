let out = []; [1, , 3].forEach((v, i, a) => out.push(v + ':' + i + ':' + a.length)); println(out.join(' '));
println([1].forEach(x => x));
const a = [1, 2, 3]; out = []; a.forEach(v => { out.push(v); if (v === 1) a.pop(); }); println(out.join());
out = []; Array.prototype.forEach.call({length: 2, 0: 'a', 1: 'b'}, v => out.push(v)); println(out.join());
try { [1].forEach(); } catch (e) { println(e.name); }
try { Array.prototype.forEach.call(null, x => x); } catch (e) { println(e.name); }
