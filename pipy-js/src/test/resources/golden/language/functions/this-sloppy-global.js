function f() { return this === undefined ? 'undef' : typeof this; }
println(f());
