const o = Object.defineProperties({}, { a: {value: 1, enumerable: true}, b: {get() { return 2; }, enumerable: true} });
println(JSON.stringify(o));
try { Object.defineProperties({}, {a: {value: 1}, b: 5}); } catch (e) { println(e.name); }
const t = {}; try { Object.defineProperties(t, {a: {value: 1}, b: {get: 1}}); } catch (e) { println(e.name, 'a' in t); }
try { Object.defineProperties(1, {}); } catch (e) { println(e.name); }
try { Object.defineProperties({}, undefined); } catch (e) { println(e.name); }
println(JSON.stringify(Object.defineProperties({}, 'ab').length));
