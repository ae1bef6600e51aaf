export const a = 1;
export let b = 'bee';
export var c = [3];
export function d() { return 'dee'; }
export class E { who() { return 'E'; } }
const hidden = 'h';
const f = 'eff';
export { f as renamed, hidden as 'string name' };
