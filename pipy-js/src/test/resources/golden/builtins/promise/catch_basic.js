Promise.reject(new Error('e1')).catch(function (e) { println('caught', e.message); return 'recovered'; }).then(function (v) { println(v); });
