println([{}, {toString: () => 'T'}, [1, 2], true, 0.5].join());
