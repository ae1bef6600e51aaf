Promise.resolve().then(function () { println('a1'); }).then(function () { println('a2'); }).then(function () { println('a3'); });
Promise.resolve().then(function () { println('b1'); }).then(function () { println('b2'); }).then(function () { println('b3'); });
