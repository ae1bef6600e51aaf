println([1, 2, 3].includes(1, '1'), [1, 2, 3].includes(3, -1.5), [1, 2, 3].includes(1, null), [1, 2, 3].includes(1, -Infinity), [1, 2, 3].includes(1, Infinity));
