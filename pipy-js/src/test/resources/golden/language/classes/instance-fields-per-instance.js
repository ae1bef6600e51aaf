class C { arr = []; }
const a = new C(), b = new C();
a.arr.push(1);
println(a.arr.length, b.arr.length);
