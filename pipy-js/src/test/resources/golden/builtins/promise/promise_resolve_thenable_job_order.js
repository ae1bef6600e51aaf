var log = [];
var thenable = { then: function (r) { log.push('then'); r('v'); } };
var p = Promise.resolve(thenable);
log.push('sync');
Promise.resolve().then(function () { log.push('job1'); });
p.then(function () { log.push('resolved'); });
Promise.resolve().then(function () {}).then(function () {}).then(function () { println(log.join(',')); });
