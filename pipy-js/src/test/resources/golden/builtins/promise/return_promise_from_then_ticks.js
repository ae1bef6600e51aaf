Promise.resolve().then(function () { println('A1'); return Promise.resolve('x'); }).then(function (v) { println('A2', v); });
Promise.resolve().then(function () { println('B1'); }).then(function () { println('B2'); }).then(function () { println('B3'); }).then(function () { println('B4'); }).then(function () { println('B5'); });
