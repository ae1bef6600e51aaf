const a = {x: 1}; const b = {};
println(Object.setPrototypeOf(b, a) === b, b.x);
println(Object.setPrototypeOf(b, null) === b, Object.getPrototypeOf(b), b.x);
try { Object.setPrototypeOf(a, a); } catch (e) { println(e.name); }
const c = Object.create(a); try { Object.setPrototypeOf(a, c); } catch (e) { println(e.name); }
try { Object.setPrototypeOf(b, 1); } catch (e) { println(e.name); }
try { Object.setPrototypeOf(b); } catch (e) { println(e.name); }
try { Object.setPrototypeOf(null, {}); } catch (e) { println(e.name); }
println(Object.setPrototypeOf(1, null), Object.setPrototypeOf('s', {}));
