class C {}
println(Object.prototype.toString.call(new C()), String(new C()));
