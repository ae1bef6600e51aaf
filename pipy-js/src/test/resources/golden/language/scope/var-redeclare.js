var r = 1;
var r;
println(r);
var r = 2;
println(r);
