import { setSession, getSession } from './lib/fiber.mjs';
var $n = 1;
var plain = 1;
println('at load:', $n, getSession());
$n = 2;
setSession('set at load');
withNewContext(() => {
  println('new context starts from load-time values:', $n, getSession());
  $n = 100; plain = 100;
  setSession('ctx A');
  println('in context A:', $n, getSession());
});
withNewContext(() => {
  println('context B is separate:', $n, getSession(), 'plain var is shared:', plain);
});
println('loading context unchanged:', $n, getSession());
