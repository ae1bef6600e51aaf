import * as ns from './lib/named.mjs';
function strictWrites() {
  'use strict';
  try { ns.a = 2; println('no error'); } catch (e) { println(e.name); }
  try { ns.newProp = 1; println('no error'); } catch (e) { println(e.name); }
  try { delete ns.a; println('no error'); } catch (e) { println(e.name); }
}
strictWrites();
println(ns.a, ns.newProp);
