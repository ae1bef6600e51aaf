function foo(a, b) { return a + b; }
const s = foo.toString();
println(s.startsWith('function foo'), s.includes('return a + b'), s.endsWith('}'));
println(Math.max.toString().includes('native code'), typeof Function.prototype.toString.call(class A {}));
println(String((x) => x * 2), (function () {}).bind().toString().includes('native code'));
try { Function.prototype.toString.call({}); } catch (e) { println(e.name); }
