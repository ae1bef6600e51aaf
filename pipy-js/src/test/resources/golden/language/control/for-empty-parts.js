let i = 0;
for (;;) { if (++i > 3) break; }
println(i);
