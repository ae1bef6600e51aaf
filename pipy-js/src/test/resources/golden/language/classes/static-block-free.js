class C { static a = 1; static b = C.a + 1; }
println(C.b);
