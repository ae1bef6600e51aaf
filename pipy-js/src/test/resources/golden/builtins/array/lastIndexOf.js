println([1, 2, 3, 2].lastIndexOf(2), [1, 2, 3].lastIndexOf(4), [NaN].lastIndexOf(NaN), [2, 1, 2].lastIndexOf(2, 1));
println([1, 2, 3].lastIndexOf(3, -1), [1, 2, 3].lastIndexOf(1, -4), [1, 2, 3].lastIndexOf(3, -2), [1, 2, 1].lastIndexOf(1, 10));
println([].lastIndexOf(1), [, ].lastIndexOf(undefined), [1, 2].lastIndexOf(1, undefined), [1, 2].lastIndexOf(2, undefined));
