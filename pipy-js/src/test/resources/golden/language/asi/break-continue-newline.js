outer: for (let i = 0; i < 2; i++) {
  for (;;) {
    break
    outer;
  }
  println('after inner', i);
}
