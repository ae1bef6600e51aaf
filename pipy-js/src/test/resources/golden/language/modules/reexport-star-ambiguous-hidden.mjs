import * as both from './reexport/star-both.mjs';
import { onlyA, onlyB } from './reexport/star-both.mjs';
println(Object.keys(both).join(','), onlyA, onlyB, 'shared' in both);
