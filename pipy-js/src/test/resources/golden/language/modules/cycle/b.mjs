import { hello, late } from './a.mjs';
println('b runs first;', hello());
try { late; } catch (e) { println('late is', e.name); }
export const fromB = 'B!';
export function callA() { return 'b sees ' + late; }
