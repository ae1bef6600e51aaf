import { count } from './lib/counter.mjs';
try { count = 5; } catch (e) { println(e.name); }
println(count);
