Promise.reject('reason').finally(function () { println('finally'); }).then(null, function (e) { println('catch', e); });
