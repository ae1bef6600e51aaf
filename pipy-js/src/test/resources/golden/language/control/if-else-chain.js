function c(n) { if (n < 0) return 'neg'; else if (n === 0) return 'zero'; else return 'pos'; }
println(c(-1), c(0), c(1));
