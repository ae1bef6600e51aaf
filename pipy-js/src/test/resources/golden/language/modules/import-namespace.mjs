import * as ns from './lib/named.mjs';
println(Object.keys(ns).join(','));
println(ns.a, ns.d(), ns['string name'], typeof ns.E, ns.missing);
println(Object.prototype.toString.call(ns), Object.getPrototypeOf(ns), Object.isExtensible(ns));
println('a' in ns, 'nope' in ns, delete ns.nope);
