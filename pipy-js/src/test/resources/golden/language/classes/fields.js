class C {
  a = 1;
  b = this.a + 1;
  ['c' + 1] = 3;
  d;
}
const c = new C();
println(JSON.stringify(c), 'd' in c);
