var res;
new Promise(function (r) { res = r; });
println(typeof res, res.length, res.name === '', Object.getPrototypeOf(res) === Function.prototype);
println(res(1), res(2));
