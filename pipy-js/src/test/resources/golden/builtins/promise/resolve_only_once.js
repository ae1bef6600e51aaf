var p = new Promise(function (resolve, reject) { resolve(1); resolve(2); reject(3); });
p.then(function (v) { println('value', v); }, function (e) { println('never', e); });
