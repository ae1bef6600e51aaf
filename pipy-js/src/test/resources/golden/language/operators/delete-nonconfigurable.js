const o = {};
Object.defineProperty(o, 'x', { value: 1, configurable: false });
println(delete o.x);
'use strict';
println(o.x);
