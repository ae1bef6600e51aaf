var t = { then: function (res) { res('ok'); throw new Error('ignored'); } };
Promise.resolve(t).then(function (v) { println('fulfilled', v); }, function (e) { println('rejected', e.message); });
