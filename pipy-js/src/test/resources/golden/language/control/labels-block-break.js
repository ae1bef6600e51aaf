blk: { println('a'); if (true) break blk; println('b'); }
println('c');
