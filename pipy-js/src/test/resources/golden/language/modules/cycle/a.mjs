import { fromB, callA } from './b.mjs';
println('a runs; b says', fromB);
export function hello() { return 'hello from a'; }
export const late = 'late value';
println(callA());
