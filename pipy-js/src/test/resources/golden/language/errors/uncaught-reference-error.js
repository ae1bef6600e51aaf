let x = 1;
println(x);
println(notDefinedHere);
