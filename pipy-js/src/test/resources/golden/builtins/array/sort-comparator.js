println(JSON.stringify([10, 9, 1, 100].sort((a, b) => a - b)), JSON.stringify([10, 9, 1, 100].sort((a, b) => b - a)));
println(JSON.stringify([3, 1, 2].sort(() => 0)), JSON.stringify([3, 1, 2].sort((a, b) => a < b ? -1 : 1)));
println(JSON.stringify([3, 1, 2].sort((a, b) => String(a - b))), JSON.stringify([1, 2, 3].sort(() => NaN)));
