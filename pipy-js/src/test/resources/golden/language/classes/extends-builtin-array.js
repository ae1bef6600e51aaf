class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const a = new MyArr();
a.push(1, 2, 3);
println(a.length, a.sum(), a instanceof Array, Array.isArray(a));
