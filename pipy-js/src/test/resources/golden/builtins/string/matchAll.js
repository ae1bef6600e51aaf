var it = "test1test2".matchAll(/t(e)(st(\d?))/g);
for (var m of it) println(JSON.stringify(m), m.index);
println(JSON.stringify([..."a1b2".matchAll("\\d")].map(m => m[0])));
println(JSON.stringify([..."aaa".matchAll("")].map(m => m.index)));
try { "abc".matchAll(/b/); } catch (e) { println(e.name); }
var it2 = "ab".matchAll(/./g);
println(Object.prototype.toString.call(it2), typeof it2.next, it2[Symbol.iterator]() === it2);
println(JSON.stringify(it2.next().value), JSON.stringify(it2.next().value), JSON.stringify(it2.next()));
println(JSON.stringify([..."x".matchAll(undefined)].map(m => m.index)));
var custom = { [Symbol.matchAll](s) { return "custom " + s; } };
println("q".matchAll(custom));
try { String.prototype.matchAll.call(null, /a/g); } catch (e) { println(e.name); }
