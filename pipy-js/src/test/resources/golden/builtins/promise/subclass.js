class MyPromise extends Promise {}
var p = MyPromise.resolve(1);
println(p instanceof MyPromise, p instanceof Promise);
var q = p.then(function (v) { return v + 1; });
println(q instanceof MyPromise);
q.then(function (v) { println('value', v); });
println(MyPromise.all([1]) instanceof MyPromise);
