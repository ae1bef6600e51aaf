const a = [1, 2, 3]; a.length = 1; println(JSON.stringify(a), a[2]);
a.length = 3; println(a.length, 1 in a);
a[5] = 'x'; println(a.length);
try { a.length = -1; } catch (e) { println(e.name); }
try { a.length = 1.5; } catch (e) { println(e.name); }
a.length = '2'; println(a.length);
const b = []; b['4294967295'] = 'not index'; println(b.length, b[4294967295]);
