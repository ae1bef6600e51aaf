var v = 1;
println(delete v, v);
