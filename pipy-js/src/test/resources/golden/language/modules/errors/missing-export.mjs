import { nope } from '../lib/named.mjs';
println(nope);
