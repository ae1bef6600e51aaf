import { fromNested } from './lib/uses-absolute.mjs';
println(fromNested);
