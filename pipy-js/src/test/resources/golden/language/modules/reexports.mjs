import { uno, two, sourceDefault, other, three, one } from './reexport/hub.mjs';
import * as hub from './reexport/hub.mjs';
println(uno, two, sourceDefault, other.three, other.one, three, one);
println(Object.keys(hub).join(','), 'default' in hub);
