Promise.resolve(1)
  .then(function (v) { println(v); return v + 1; })
  .then(function (v) { println(v); return v * 10; })
  .then(function (v) { println(v); });
