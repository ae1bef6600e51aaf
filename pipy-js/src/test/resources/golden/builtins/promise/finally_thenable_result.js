var log = [];
Promise.resolve('v').finally(function () { return { then: function (r) { log.push('thenable'); r('x'); } }; })
  .then(function (v) { log.push('then ' + v); println(log.join(',')); });
