class C { #x; static is(o) { return #x in o; } }
println(C.is(new C()), C.is({}));
