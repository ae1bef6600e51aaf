function f() { return Object.prototype.toString.call(arguments); }
println(f());
