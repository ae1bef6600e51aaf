println(a, typeof d);
import { a, d } from './lib/named.mjs';
