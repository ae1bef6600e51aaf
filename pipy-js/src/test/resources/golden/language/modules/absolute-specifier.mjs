import { a } from '/lib/named.mjs';
import { count } from '/lib/../lib/counter.mjs';
import value from '/lib/default-value.mjs';
println(a, count, value.kind);
