Promise.all([Promise.resolve(1), Promise.reject('bad'), Promise.reject('worse')]).then(function () { println('never'); }, function (e) { println('rejected', e); });
