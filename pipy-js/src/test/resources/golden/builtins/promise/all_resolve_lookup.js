var calls = 0;
var orig = Promise.resolve;
Promise.resolve = function (v) { calls++; return orig.call(this, v); };
Promise.all([1, 2, 3]).then(function () { println('calls', calls); });
Promise.resolve = orig;
