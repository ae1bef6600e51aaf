var thenable = { then: function (res, rej) { println('then called', typeof res, typeof rej); res('from thenable'); } };
Promise.resolve(thenable).then(function (v) { println('got', v); });
println('sync end');
