const A = () => {};
try { new A(); } catch (e) { println(e.name); }
println(A.prototype);
