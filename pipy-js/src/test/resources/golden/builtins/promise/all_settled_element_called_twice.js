var twice = { then: function (ok, fail) { ok('first'); ok('second'); fail('third'); } };
Promise.allSettled([twice]).then(function (r) { println(JSON.stringify(r)); });
Promise.all([twice]).then(function (r) { println(JSON.stringify(r)); });
