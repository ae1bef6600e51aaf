let n = 0, c = 0;
do { n++; if (n % 2) continue; c++; } while (n < 6);
println(n, c);
