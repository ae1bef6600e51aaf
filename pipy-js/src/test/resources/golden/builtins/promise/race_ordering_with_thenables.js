var t = { then: function (r) { r('thenable'); } };
Promise.race([t, Promise.resolve('native')]).then(function (v) { println(v); });
