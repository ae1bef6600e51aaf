import { fromB } from './b.mjs';
export default function () { return 'default of a, callable before a runs'; }
println('a runs after b:', fromB);
