const n = new Number(42);
println(typeof n, n instanceof Number, n + 1, n.valueOf(), JSON.stringify(n), n == 42, n === 42, Object.prototype.toString.call(n), typeof Number(n));
println(Number.prototype.valueOf.call(5), typeof Number.prototype.valueOf.call(new Number(5)), Number.prototype.toString.call(new Number(10), 2));
try { Number.prototype.valueOf.call({}); } catch (e) { println(e.name); }
class MyNum extends Number { double() { return this * 2; } } println(new MyNum(21).double(), new MyNum(3) instanceof Number);
println(Number.length, Number.name, Number.prototype.constructor === Number, Number.prototype.valueOf());
