var a = new Date(1000), b = new Date(3500);
println(b - a, +a, a.valueOf(), a < b, a > b, Number(b));
println(Math.max(a, b));
