println(typeof h, h);
var h = 5;
println(h);
