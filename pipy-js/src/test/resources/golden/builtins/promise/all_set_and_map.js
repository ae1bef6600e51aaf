Promise.all(new Set([1, 2])).then(function (v) { println(JSON.stringify(v)); });
Promise.all(new Map([[1, 'a']]).values()).then(function (v) { println(JSON.stringify(v)); });
