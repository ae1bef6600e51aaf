println(JSON.stringify([1, 2, 3, 4].fill(0, -2)), JSON.stringify([1, 2, 3, 4].fill(0, 1, -1)), JSON.stringify([1, 2, 3, 4].fill(0, -1, 1)), JSON.stringify([1, 2].fill()));
