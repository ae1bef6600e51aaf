Promise.any([Promise.reject('a'), Promise.resolve('b'), Promise.resolve('c')]).then(function (v) { println(v); });
