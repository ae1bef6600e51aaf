import { before } from './errors/throws.mjs';
println('not reached', before);
