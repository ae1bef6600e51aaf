var m = new Map([['a', Promise.resolve(1)], ['b', Promise.resolve(2)]]);
Promise.all(m.values()).then(function (v) { println(v.join(',')); });
