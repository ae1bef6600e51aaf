const o = { get foo() { return 1; }, set foo(v) {} };
const d = Object.getOwnPropertyDescriptor(o, 'foo');
println(d.get.name, d.set.name);
