var let = 1;
let = let + 1;
println(let);
