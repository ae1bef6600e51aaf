import { a, b as bee, c, d, E, renamed } from './lib/named.mjs';
println(a, bee, c[0], d(), new E().who(), renamed);
