println("before");
"abc".repeat(-2);
println("not reached");
