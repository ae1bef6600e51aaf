const { a = 1, b = a + 1, c = b * 2 } = {};
const [x = 1, y = x + 1] = [];
println(a, b, c, x, y);
