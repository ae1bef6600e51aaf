function mk() { let x = 0; return () => ++x; }
const a = mk(), b = mk();
a(); a();
println(a(), b());
