var obj = { then: 5, v: 'x' };
Promise.resolve(obj).then(function (v) { println(v === obj, v.v); });
