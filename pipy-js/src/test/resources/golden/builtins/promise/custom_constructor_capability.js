function Fake(executor) {
  var self = this;
  executor(function (v) { println('fake resolve', v); }, function (e) { println('fake reject', e); });
}
Promise.resolve.call(Fake, 'hello');
Promise.reject.call(Fake, 'nope');
