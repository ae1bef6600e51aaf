import value from './lib/default-value.mjs';
println(value.kind);
