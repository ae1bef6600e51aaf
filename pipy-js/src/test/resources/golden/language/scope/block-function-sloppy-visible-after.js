{
  function inBlock() { return 'ib'; }
}
println(typeof inBlock);
