var p = new Promise(function (resolve) { resolve('ok'); throw new Error('ignored'); });
p.then(function (v) { println(v); });
