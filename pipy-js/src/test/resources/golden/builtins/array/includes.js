println([1, 2, 3].includes(2), [1, 2, 3].includes(4), [NaN].includes(NaN), [0].includes(-0), [1, 2, 3].includes(1, 1));
println([1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -10), [, ].includes(undefined), [1, 2, 3].includes(2, 5));
println(Array.prototype.includes.call({length: 1, 0: 'a'}, 'a'), ['1'].includes(1));
