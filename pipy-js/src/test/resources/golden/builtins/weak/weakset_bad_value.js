var ws = new WeakSet();
try { ws.add(1); } catch (e) { println(e.constructor.name); }
try { new WeakSet([{}, 'x']); } catch (e) { println(e.constructor.name); }
ws.add('nope');
