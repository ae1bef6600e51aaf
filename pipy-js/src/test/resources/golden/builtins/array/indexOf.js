println([1, 2, 3, 2].indexOf(2), [1, 2, 3].indexOf(4), [NaN].indexOf(NaN), [0].indexOf(-0), [1, 2, 1].indexOf(1, 1));
println([1, 2, 3].indexOf(3, -1), [1, 2, 3].indexOf(1, -10), [, ].indexOf(undefined), [1, 2, 3].indexOf(2, 5));
println(['a', 'b'].indexOf('b'), [{}].indexOf({}), [1, 2].indexOf('1'));
