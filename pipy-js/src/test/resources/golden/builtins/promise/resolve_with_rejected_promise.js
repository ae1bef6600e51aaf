new Promise(function (r) { r(Promise.reject('inner-rej')); }).catch(function (e) { println('outer rejected with', e); });
