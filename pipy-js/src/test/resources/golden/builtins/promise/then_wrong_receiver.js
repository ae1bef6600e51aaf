try { Promise.prototype.then.call({}, function () {}); } catch (e) { println(e.constructor.name); }
Promise.prototype.then.call(Promise, function () {});
