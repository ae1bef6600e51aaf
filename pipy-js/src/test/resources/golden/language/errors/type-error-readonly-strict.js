'use strict';
const o = Object.freeze({ a: 1 });
try { o.a = 2; } catch (e) { println(e.name); }
try { o.b = 2; } catch (e) { println(e.name); }
