const a = [undefined, , 'x']; println(0 in a, 1 in a, 2 in a, 3 in a, '2' in a, 'length' in a);
