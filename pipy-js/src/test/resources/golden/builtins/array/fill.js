println(JSON.stringify([1, 2, 3].fill(0)), JSON.stringify([1, 2, 3].fill(4, 1)), JSON.stringify([1, 2, 3].fill(4, 1, 2)));
println(JSON.stringify([1, 2, 3].fill(4, -3, -2)), JSON.stringify([1, 2, 3].fill(4, NaN, NaN)), JSON.stringify([1, 2, 3].fill(4, 3, 5)));
println(JSON.stringify(Array(3).fill('x')), JSON.stringify(Array.prototype.fill.call({length: 3}, 4)));
