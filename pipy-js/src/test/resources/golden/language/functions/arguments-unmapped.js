'use strict';
function f(a) { a = 2; return arguments[0]; }
println(f(1));
function g(a) { arguments[0] = 9; return a; }
println(g(1));
