import { shared } from '../reexport/star-both.mjs';
println(shared);
