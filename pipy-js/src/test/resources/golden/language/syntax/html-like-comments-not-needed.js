let a = 1;
a = a-->0;
println(a);
