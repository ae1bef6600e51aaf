println(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7);
println(0xffffffff & 0xff, 1.5 | 0, '12' | 0, null | 0, undefined | 0);
