class C {}
println(C.prototype.constructor === C, new C().constructor === C, Object.keys(C.prototype).length);
