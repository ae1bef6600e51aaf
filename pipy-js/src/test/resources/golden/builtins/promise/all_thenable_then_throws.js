var bad = { then: function () { throw new Error('then exploded'); } };
Promise.all([1, bad]).catch(function (e) { println('all rejected:', e.message); });
