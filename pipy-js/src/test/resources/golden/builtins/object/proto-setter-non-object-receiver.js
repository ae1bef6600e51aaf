const set = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set;
println(set.call(1, {}), set.call('s', null));
try { set.call(null, {}); } catch (e) { println(e.name); }
try { set.call(undefined, {}); } catch (e) { println(e.name); }
