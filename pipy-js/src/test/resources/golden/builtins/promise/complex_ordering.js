var log = [];
function L(s) { return function (v) { log.push(s + (v === undefined ? '' : ':' + v)); return v; }; }
var a = Promise.resolve('a');
var b = new Promise(function (r) { r(a); });
var c = Promise.resolve({ then: function (r) { log.push('thenable'); r('c'); } });
a.then(L('a1')).then(L('a2'));
b.then(L('b1')).then(L('b2'));
c.then(L('c1')).then(L('c2'));
Promise.all([a, b, c]).then(L('all'));
Promise.race([b, c]).then(L('race'));
Promise.resolve().then(L('x1')).then(L('x2')).then(L('x3')).then(L('x4')).then(L('x5')).then(function () { println(log.join(' ')); });
