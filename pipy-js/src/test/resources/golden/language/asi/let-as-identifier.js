var let = 5;
println(let);
