var r1, r2;
var p1 = new Promise(function (r) { r1 = r; });
var p2 = new Promise(function (r) { r2 = r; });
Promise.all([p1, p2]).then(function (v) { println(JSON.stringify(v)); });
r2('second'); r1('first');
