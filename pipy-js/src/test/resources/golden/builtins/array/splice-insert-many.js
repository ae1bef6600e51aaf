const a = [1, 5]; a.splice(1, 0, 2, 3, 4); println(JSON.stringify(a)); a.splice(1, 3, 'x'); println(JSON.stringify(a));
