println(JSON.stringify([1, 2, 3, 4, 5, 6].copyWithin(2, 0, 4)), JSON.stringify([1, 2, 3, 4, 5, 6].copyWithin(0, 2)));
