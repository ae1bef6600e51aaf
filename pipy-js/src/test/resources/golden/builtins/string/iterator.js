var out = [];
for (var c of "a😀b\ud800c") out.push(c.length);
println(out.join());
println(JSON.stringify([..."héllo"]), Array.from("😀😁").length);
var it = "ab"[Symbol.iterator]();
println(Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
println(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
println(String.prototype[Symbol.iterator].name);
try { String.prototype[Symbol.iterator].call(undefined); } catch (e) { println(e.name); }
println(JSON.stringify([...String.prototype[Symbol.iterator].call(123)]));
