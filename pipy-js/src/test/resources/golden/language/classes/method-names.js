class C { m() {} get g() { return 1; } static s() {} }
println(C.prototype.m.name, Object.getOwnPropertyDescriptor(C.prototype, 'g').get.name, C.s.name);
