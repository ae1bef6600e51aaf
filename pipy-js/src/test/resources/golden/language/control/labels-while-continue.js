let i = 0, s = '';
w: while (i < 5) { i++; do { if (i % 2) continue w; s += i; } while (false); }
println(s);
