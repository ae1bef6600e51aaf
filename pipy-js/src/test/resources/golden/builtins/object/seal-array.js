'use strict';
const a = Object.seal([1, 2]); a[0] = 'x'; println(JSON.stringify(a));
try { a.push(3); } catch (e) { println(e.name); }
try { a.pop(); } catch (e) { println(e.name); }
println(JSON.stringify(a), a.length);
