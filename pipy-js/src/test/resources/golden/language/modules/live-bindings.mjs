import { count, inc, reset } from './lib/counter.mjs';
import * as counter from './lib/counter.mjs';
println(count, counter.count);
inc(); inc();
println(count, counter.count);
reset();
println(count);
