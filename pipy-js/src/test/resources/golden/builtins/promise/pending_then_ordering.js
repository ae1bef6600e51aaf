var res;
var p = new Promise(function (r) { res = r; });
p.then(function () { println('p-then-1'); });
Promise.resolve().then(function () { println('other-1'); res(); println('resolved in job'); }).then(function () { println('other-2'); });
p.then(function () { println('p-then-2'); });
