globalThis.gv = 7;
println(gv, typeof globalThis);
