import { x, y } from './lib/top-return.mjs';
try { println(x, y); } catch (e) { println(x, e.name); }
