{
  println(inner());
  function inner() { return 'block fn'; }
}
