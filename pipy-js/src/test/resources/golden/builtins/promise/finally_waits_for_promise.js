var log = [];
var resolveLater;
var later = new Promise(function (r) { resolveLater = r; });
Promise.resolve('v').finally(function () { log.push('finally'); return later; }).then(function (v) { log.push('then ' + v); println(log.join(',')); });
Promise.resolve().then(function () { log.push('tick'); resolveLater('ignored'); });
