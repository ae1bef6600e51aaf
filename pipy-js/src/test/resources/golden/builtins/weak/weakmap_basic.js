var wm = new WeakMap();
var k1 = {}, k2 = function () {}, k3 = [];
println(wm.set(k1, 1) === wm);
wm.set(k2, 'two').set(k3, null);
println(wm.get(k1), wm.get(k2), wm.get(k3), wm.get({}));
println(wm.has(k1), wm.has(k3), wm.has({}));
println(wm.delete(k1), wm.delete(k1), wm.has(k1), wm.get(k1));
wm.set(k2, 'again');
println(wm.get(k2));
