Promise.resolve().finally(function () { println('f'); }).then(function () { println('f-then'); });
Promise.resolve().then(function () { println('1'); }).then(function () { println('2'); }).then(function () { println('3'); }).then(function () { println('4'); }).then(function () { println('5'); });
