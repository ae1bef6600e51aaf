var closed = false;
var iter = {
  [Symbol.iterator]: function () {
    return { next: function () { return { value: 1, done: false }; }, return: function () { closed = true; return {}; } };
  }
};
var orig = Promise.resolve;
Promise.resolve = function () { throw new Error('resolve failed'); };
Promise.all(iter).catch(function (e) { println(e.message, closed); });
Promise.resolve = orig;
