let n = 0; isNaN({valueOf() { n++; return 1; }}); isFinite({valueOf() { n++; return 1; }}); println(n);
