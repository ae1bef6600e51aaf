var t1 = { then: function (r) { r({ then: function (r2) { r2('deep'); } }); } };
Promise.resolve(t1).then(function (v) { println(v); });
