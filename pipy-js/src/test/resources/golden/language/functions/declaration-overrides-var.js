var f = 1;
function f() {}
println(typeof f);
