Promise.resolve(7).finally().then(function (v) { println(v); });
Promise.reject(8).finally(42).catch(function (e) { println(e); });
