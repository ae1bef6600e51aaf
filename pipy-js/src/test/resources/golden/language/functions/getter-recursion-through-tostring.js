const o = { toString() { return 'T:' + this.n; }, n: 1 };
println(String(o), o + '');
