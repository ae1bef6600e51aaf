const o = { x() { return this; }, y() { return 'y'; } };
const r = o
  // comment line
  .x()
  /* block */
  .y();
println(r);
