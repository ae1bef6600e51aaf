Promise.resolve().then(function () { throw 42; }).catch(function (e) { println(typeof e, e); });
