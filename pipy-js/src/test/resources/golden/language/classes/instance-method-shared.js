class C { m() {} }
println(new C().m === new C().m);
