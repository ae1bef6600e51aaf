let n = 0;
outer: do { n++; for (;;) continue outer; } while (n < 3);
println(n);
