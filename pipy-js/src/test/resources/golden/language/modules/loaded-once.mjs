import { token } from './lib/side-effect.mjs';
import { same } from './lib/uses-side-effect.mjs';
import * as again from './lib/side-effect.mjs';
println(token === same, again.token === token);
