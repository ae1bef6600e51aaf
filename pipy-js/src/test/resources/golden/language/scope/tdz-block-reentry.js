for (let i = 0; i < 2; i++) {
  try { println(b); } catch (e) { println(e.name); }
  let b = i;
  println(b);
}
