class A {} class B extends A {} class C extends B {}
const c = new C();
println(c instanceof A, c instanceof B, A.prototype.isPrototypeOf(c), Object.getPrototypeOf(C.prototype) === B.prototype);
