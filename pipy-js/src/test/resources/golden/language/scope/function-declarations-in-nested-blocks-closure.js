function outer() {
  let v = 'outer v';
  { function inner() { return v; } return inner(); }
}
println(outer());
