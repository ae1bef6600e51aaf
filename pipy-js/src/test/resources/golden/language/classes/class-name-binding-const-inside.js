class C { static m() { try { C = 1; } catch (e) { return e.name; } } }
println(C.m());
