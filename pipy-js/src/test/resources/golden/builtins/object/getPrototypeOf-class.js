class A {} class B extends A {}
println(Object.getPrototypeOf(B) === A, Object.getPrototypeOf(B.prototype) === A.prototype, Object.getPrototypeOf(A) === Function.prototype);
