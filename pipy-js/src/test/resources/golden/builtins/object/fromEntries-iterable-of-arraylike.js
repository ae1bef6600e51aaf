println(JSON.stringify(Object.fromEntries([{0: 'a', 1: 1, length: 2}, 'xy'])), JSON.stringify(Object.fromEntries([['a', 1]].values())));
