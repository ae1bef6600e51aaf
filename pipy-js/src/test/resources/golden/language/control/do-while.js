let n = 0;
do { n++; } while (n < 3);
println(n);
do println('once'); while (false)
println('after');
