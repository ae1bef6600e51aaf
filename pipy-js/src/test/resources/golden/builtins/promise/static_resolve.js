var p = Promise.resolve(1);
println(Promise.resolve(p) === p);
println(Promise.resolve(1) === Promise.resolve(1));
println(Object.prototype.toString.call(p), p instanceof Promise);
Promise.resolve().then(function (v) { println(v); });
