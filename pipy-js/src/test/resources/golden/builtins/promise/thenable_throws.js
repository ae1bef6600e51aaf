var bad = { then: function () { throw new Error('boom'); } };
Promise.resolve(bad).then(null, function (e) { println('rejected', e.message); });
