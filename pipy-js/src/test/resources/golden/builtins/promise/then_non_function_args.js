Promise.resolve(1).then(null, undefined).then(5).then('x').then(function (v) { println('value through', v); });
Promise.reject(2).then(function () {}, null).then(undefined, function (e) { println('reason through', e); });
