'use strict';
const o = Object.freeze({ x: 1 });
try { delete o.x; } catch (e) { println(e.name); }
