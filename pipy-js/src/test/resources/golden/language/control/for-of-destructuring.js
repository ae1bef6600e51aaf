const pairs = [[1, 'a'], [2, 'b']];
for (const [n, l] of pairs) print(n + l, '');
for (const { x, y = 'd' } of [{ x: 1 }, { x: 2, y: 'e' }]) print(x + y, '');
println();
