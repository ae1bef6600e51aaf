var obj = {};
Object.defineProperty(obj, 'then', { get: function () { throw new TypeError('no then for you'); } });
new Promise(function (r) { r(obj); }).catch(function (e) { println(e.name, e.message); });
