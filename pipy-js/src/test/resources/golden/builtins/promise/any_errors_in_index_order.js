var r1, r2;
var p1 = new Promise(function (_, rej) { r1 = rej; });
var p2 = new Promise(function (_, rej) { r2 = rej; });
Promise.any([p1, p2, Promise.reject('c')]).catch(function (e) { println(JSON.stringify(e.errors), e.message.length > 0); });
r2('b'); r1('a');
