println([1, 2, 1].indexOf(1, '1'), [1, 2, 1].indexOf(1, -1), [1, 2, 1].indexOf(1, -Infinity), [1, 2, 1].indexOf(1, Infinity), [1, 2, 1].indexOf(1, 0.9));
