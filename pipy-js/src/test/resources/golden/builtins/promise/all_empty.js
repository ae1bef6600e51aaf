Promise.all([]).then(function (v) { println(Array.isArray(v), v.length); });
