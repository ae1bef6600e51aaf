println([[1, 1], [1, -1], [-1, -1], [-1, 1], [0, 0], [0, -1], [Infinity, Infinity], [-Infinity, -Infinity]].map(([y, x]) => Math.atan2(y, x)).join(' '));
