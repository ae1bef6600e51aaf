var p = new Promise(function () { throw new RangeError('bad'); });
p.catch(function (e) { println(e.name, e.message); });
