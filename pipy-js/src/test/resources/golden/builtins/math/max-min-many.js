println(Math.max(...[3, 9, 2, 8]), Math.min(...[3, 9, 2, 8]), Math.max(...new Array(1000).fill(0).map((_, i) => i)), Math.max([]), Math.min(null, 1), Math.max(undefined, 1));
