import { a } from '/lib/named.mjs';
export const fromNested = 'nested sees ' + a;
