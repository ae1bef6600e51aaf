const o = {b: 1, a: 2, 10: 'x', 2: 'y', [Symbol('s')]: 3};
println(JSON.stringify(Object.keys(o)), JSON.stringify(Object.values(o)), JSON.stringify(Object.entries(o)));
println(JSON.stringify(Object.keys('ab')), JSON.stringify(Object.values('ab')), JSON.stringify(Object.entries([7, , 8])));
println(JSON.stringify(Object.keys(5)), JSON.stringify(Object.keys(true)), JSON.stringify(Object.keys(function f(a) {})));
try { Object.keys(null); } catch (e) { println(e.name); }
try { Object.values(undefined); } catch (e) { println(e.name); }
try { Object.entries(); } catch (e) { println(e.name); }
