var re = /[a-c]/g;
re.lastIndex = 1;
var it = "abcabc".matchAll(re);
println(re.lastIndex, JSON.stringify([...it].map(m => m[0] + m.index)), re.lastIndex);
var results = [..."2024-01 2025-12".matchAll(/(?<y>\d{4})-(?<m>\d{2})/g)];
println(results.length, results[1].groups.y, results[1].index, JSON.stringify(results[0]));
var nonGlobal = RegExp.prototype[Symbol.matchAll].call(/a/, "aaa");
println(JSON.stringify([...nonGlobal].map(m => m.index)));
println(JSON.stringify([..."a😀".matchAll(/(?:)/gu)].map(m => m.index)), JSON.stringify([..."ab".matchAll(/(?:)/g)].map(m => m.index)));
var proto = Object.getPrototypeOf("".matchAll(/x/g));
println(proto[Symbol.toStringTag], typeof proto.next, Object.getPrototypeOf(Object.getPrototypeOf(proto)) === Object.getPrototypeOf([][Symbol.iterator]()).__proto__);
try { proto.next.call({}); } catch (e) { println(e.name); }
var y = [..."aab".matchAll(/a/gy)].length;
println(y);
