import { x } from './lib/does-not-exist.mjs';
println(x);
