var p = new Promise(function (resolve, reject) { reject('r1'); resolve('x'); reject('r2'); });
p.then(function () { println('never'); }, function (e) { println('reason', e); });
