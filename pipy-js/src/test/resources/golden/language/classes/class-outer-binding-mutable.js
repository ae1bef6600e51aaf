class C {}
const Orig = C;
C = 5;
println(typeof Orig, C);
