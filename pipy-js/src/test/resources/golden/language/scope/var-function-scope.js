function f() {
  { var v = 'v'; }
  for (var i = 0; i < 2; i++);
  return v + i;
}
println(f());
