println(JSON.stringify([1, 2].concat([3, 4], 5, [[6]])));
println(JSON.stringify([].concat()), JSON.stringify([1].concat('ab', null, undefined)));
const x = [1, 2]; const y = x.concat(); y.push(3);
println(x.length, y.length);
