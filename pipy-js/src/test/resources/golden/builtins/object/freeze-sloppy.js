const o = Object.freeze({a: 1});
o.a = 2; o.b = 3; delete o.a;
println(o.a, o.b, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')));
const acc = Object.freeze({ get g() { return 1; } });
println(JSON.stringify(Object.getOwnPropertyDescriptor(acc, 'g')), Object.isFrozen(acc));
