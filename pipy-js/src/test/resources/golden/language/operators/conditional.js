println(true ? 1 : 2, 0 ? 'a' : '' ? 'b' : 'c');
const x = 5;
println(x > 3 ? x > 4 ? 'big' : 'mid' : 'small');
