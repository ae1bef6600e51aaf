function s() { 'use strict'; return this; }
function l() { return typeof this; }
println(s(), l());
