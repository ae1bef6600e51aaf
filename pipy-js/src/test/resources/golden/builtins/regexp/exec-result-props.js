var m = /(a)(b)?/.exec("xa");
var keys = Object.keys(m);
println(JSON.stringify(keys), m.length, 2 in m, m[2], Array.isArray(m), Object.getPrototypeOf(m) === Array.prototype);
var d = Object.getOwnPropertyDescriptor(m, "index");
println(d.value, d.writable, d.enumerable, d.configurable);
m.push("z");
println(m.length, m.slice(0, 2).join(), m.map(x => typeof x).join());
println(JSON.stringify(Object.getOwnPropertyDescriptor(/(?<n>x)/.exec("x"), "groups").enumerable));
