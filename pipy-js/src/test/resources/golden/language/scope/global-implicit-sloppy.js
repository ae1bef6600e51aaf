function f() { implicitGlobal = 'g'; }
f();
println(implicitGlobal);
