const [a = 'A', b = a + 'B', c = 'C'] = [undefined, undefined, null];
println(a, b, c);
