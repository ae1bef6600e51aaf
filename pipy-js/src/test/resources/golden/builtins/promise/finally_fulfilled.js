Promise.resolve('value').finally(function () { println('finally', arguments.length); return 'ignored'; }).then(function (v) { println('then', v); });
