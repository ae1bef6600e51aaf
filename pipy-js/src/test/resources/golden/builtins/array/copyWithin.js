println(JSON.stringify([1, 2, 3, 4, 5].copyWithin(0, 3)));
println(JSON.stringify([1, 2, 3, 4, 5].copyWithin(0, 3, 4)));
println(JSON.stringify([1, 2, 3, 4, 5].copyWithin(-2, -3, -1)));
println(JSON.stringify([1, 2, 3, 4, 5].copyWithin(1, 0)));
println(JSON.stringify([1, 2, 3, 4, 5].copyWithin(2)));
const h = [1, , 3, 4].copyWithin(2, 0); println(JSON.stringify(Object.keys(h)), h[0], h[2]);
println(JSON.stringify(Array.prototype.copyWithin.call({length: 5, 3: 1}, 0, 3)));
