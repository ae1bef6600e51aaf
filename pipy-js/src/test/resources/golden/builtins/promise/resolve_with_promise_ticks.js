var p = Promise.resolve();
new Promise(function (r) { r(Promise.resolve('inner')); }).then(function (v) { println('outer', v); });
p.then(function () { println('t1'); }).then(function () { println('t2'); }).then(function () { println('t3'); }).then(function () { println('t4'); });
