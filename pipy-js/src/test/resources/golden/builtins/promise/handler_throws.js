Promise.resolve().then(function () { throw new TypeError('inside'); }).then(function () { println('never'); }, function (e) { println(e.name, e.message); });
