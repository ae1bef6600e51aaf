function f() { return later; }
f();
let later = 1;
