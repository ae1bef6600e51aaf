function f() {
  return
  42;
}
println(f());
