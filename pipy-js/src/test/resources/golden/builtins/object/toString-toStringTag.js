const ts = x => Object.prototype.toString.call(x);
println(ts({[Symbol.toStringTag]: 'Custom'}), ts({[Symbol.toStringTag]: 5}), ts(Object.assign([], {[Symbol.toStringTag]: 'Arr'})));
class T { get [Symbol.toStringTag]() { return 'Tagged'; } }
println(ts(new T()), String(new T()), `${new T()}`);
println(({}).toString(), ({toString: Object.prototype.toString}).toString(), Symbol.prototype[Symbol.toStringTag]);
