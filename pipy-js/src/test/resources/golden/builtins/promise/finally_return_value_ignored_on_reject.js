Promise.reject('orig').finally(function () { return 'ignored'; }).catch(function (e) { println(e); });
