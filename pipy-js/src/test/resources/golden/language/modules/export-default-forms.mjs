import f from './lib/default-function.mjs';
import g, { check } from './lib/default-named-function.mjs';
import C from './lib/default-class.mjs';
import x, { current } from './lib/default-expression.mjs';
println(f(), f.name, g(), g.name, check(), new C().hi(), C.name);
println(x, current());
