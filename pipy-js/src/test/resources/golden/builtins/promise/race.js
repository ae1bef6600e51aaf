var r1;
var slow = new Promise(function (r) { r1 = r; });
Promise.race([slow, Promise.resolve('fast')]).then(function (v) { println(v); });
Promise.race([Promise.reject('err'), Promise.resolve('ok')]).then(null, function (e) { println('rejected', e); });
r1('slow');
