class A { m() {} static s() {} }
println(Object.keys(A.prototype).length, Object.getOwnPropertyNames(A.prototype).join(), Object.keys(A).length);
