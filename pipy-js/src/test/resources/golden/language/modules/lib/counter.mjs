export let count = 0;
export function inc() { count++; }
export function reset() { count = 0; }
