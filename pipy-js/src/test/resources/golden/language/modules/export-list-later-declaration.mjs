import { value, fn } from './lib/export-list.mjs';
println(value, fn());
