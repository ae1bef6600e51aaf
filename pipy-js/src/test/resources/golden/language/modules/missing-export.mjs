println('never printed');
import { nope } from './lib/named.mjs';
