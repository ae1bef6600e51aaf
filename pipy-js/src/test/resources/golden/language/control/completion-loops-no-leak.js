function f() { for (let i = 0; i < 3; i++) { if (i === 1) return i; } return -1; }
println(f());
