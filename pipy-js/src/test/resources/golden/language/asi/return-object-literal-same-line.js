function f() { return {
  a: 1
}; }
println(f().a);
