class C { static m() { return 'static'; } m() { return 'instance'; } }
println(C.m(), new C().m());
