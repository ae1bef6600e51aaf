var calls = 0;
var p = new Promise(function (res, rej) {
  calls++;
  setTimeoutLike = function () { res('later'); };
});
var setTimeoutLike;
println(calls);
setTimeoutLike();
p.then(function (v) { println(v); });
