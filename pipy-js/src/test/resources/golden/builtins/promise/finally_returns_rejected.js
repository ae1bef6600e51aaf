Promise.resolve(1).finally(function () { return Promise.reject('fin-rej'); }).catch(function (e) { println('caught', e); });
