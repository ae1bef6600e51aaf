var m = new Map([[-0, 'a']]);
var k = [...m.keys()][0];
println(Object.is(k, -0), Object.is(k, 0), 1 / k);
m.forEach(function (v, key) { println(v, 1 / key); });
