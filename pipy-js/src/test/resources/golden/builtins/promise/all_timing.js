Promise.all([1, 2]).then(function () { println('all'); });
Promise.resolve().then(function () { println('t1'); }).then(function () { println('t2'); }).then(function () { println('t3'); });
