for (const C of [TypeError, RangeError, ReferenceError, SyntaxError]) {
  const e = new C('m');
  print(e.name, e instanceof Error, '');
}
println();
