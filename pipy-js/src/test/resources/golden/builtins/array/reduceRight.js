println([1, 2, 3].reduceRight((a, b) => a + '' + b), [1, 2, 3].reduceRight((a, b) => a + b, ''), [, 2, , 4].reduceRight((a, b) => a + b));
let idx = []; [5, 6, 7].reduceRight((acc, v, i) => { idx.push(i); return acc; }, 0); println(idx.join());
try { [].reduceRight((a, b) => a); } catch (e) { println(e.name); }
println(Array.prototype.reduceRight.call('abc', (a, b) => a + b));
