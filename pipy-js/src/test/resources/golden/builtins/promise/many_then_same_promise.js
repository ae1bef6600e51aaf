var p = Promise.resolve('x');
p.then(function () { println(1); });
p.then(function () { println(2); });
p.then(function () { println(3); });
var q = new Promise(function (r) { setup = r; });
var setup;
q.then(function (v) { println('q1', v); });
q.then(function (v) { println('q2', v); });
setup('later');
