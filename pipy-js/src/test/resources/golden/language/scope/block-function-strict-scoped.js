'use strict';
{
  function inBlock() { return 'ib'; }
  println(inBlock());
}
println(typeof inBlock);
