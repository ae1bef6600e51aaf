// Pipy applies operators to Ints directly, staying in 64 bits.
const big = new Int('9007199254740993');
println((big + 1).toString(), (big - 2).toString(), (big * 2).toString(), (big / 2).toString(), (big % 10).toString());
println((big << 1).toString(), (big >> 1).toString(), (big & 0xff).toString(), (big | 2).toString(), (big ^ 1).toString());
println((-big).toString(), (~big).toString(), big > 1, big < 1, big == new Int('9007199254740993'), big != 3);
let i = new Int(5); i++; println(i.toString()); i--; i--; println(i.toString());
println('n=' + big, big + '!');
