Promise.reject('x').catch().catch(5).catch(function (e) { println('finally caught', e); });
