var resolveIt;
var p = new Promise(function (r) { resolveIt = r; });
resolveIt(p);
p.catch(function (e) { println(e instanceof TypeError, e.constructor.name); });
