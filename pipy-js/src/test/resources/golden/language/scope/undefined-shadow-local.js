function f() { let undefined = 5; return undefined; }
println(f(), typeof undefined);
