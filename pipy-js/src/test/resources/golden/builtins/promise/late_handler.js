var p = Promise.reject('late');
Promise.resolve().then(function () {
  p.catch(function (e) { println('handled late', e); });
});
