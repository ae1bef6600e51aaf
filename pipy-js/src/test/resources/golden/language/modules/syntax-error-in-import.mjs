import { ok } from './errors/bad-syntax.mjs';
println(ok);
