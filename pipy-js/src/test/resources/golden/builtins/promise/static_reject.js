var p = Promise.reject('no');
println(p instanceof Promise);
p.then(null, function (e) { println('rejected with', e); });
var err = new Error('x');
Promise.reject(err).catch(function (e) { println(e === err); });
