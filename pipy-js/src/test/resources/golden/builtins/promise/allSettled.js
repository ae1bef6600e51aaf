Promise.allSettled([Promise.resolve(1), Promise.reject('no'), 3]).then(function (r) { println(JSON.stringify(r)); });
Promise.allSettled([]).then(function (r) { println(JSON.stringify(r)); });
