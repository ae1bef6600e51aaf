'use strict';
function f() { return this; }
println(f());
