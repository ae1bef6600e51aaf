const src = { get g() { return 'got'; } };
const c = { ...src };
println(JSON.stringify(Object.getOwnPropertyDescriptor(c, 'g')));
