function f() { return Array.prototype.slice.call(arguments).join('|') + '@' + (this && this.t); }
println(f.apply({t: 'T'}, [1, 2, 3]), f.apply({t: 'T'}), f.apply(null, null), f.apply(null, undefined));
println(f.apply(null, {length: 2, 0: 'a', 1: 'b'}), f.apply(null, 'ignored'.length ? [] : []));
println(Math.max.apply(null, [1, 5, 2]), Math.min.apply(Math, []), Function.prototype.apply.length);
try { f.apply(null, 5); } catch (e) { println(e.name); }
try { f.apply(null, 'abc'); } catch (e) { println(e.name); }
try { Function.prototype.apply.call({}, null, []); } catch (e) { println(e.name); }
println(f.apply(null, [, 'hole']));
