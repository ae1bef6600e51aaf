Promise.resolve('v').catch(function () { println('never'); }).then(function (v) { println('passed', v); });
Promise.reject('r').then(function () { println('never'); }).catch(function (e) { println('skipped to catch', e); });
