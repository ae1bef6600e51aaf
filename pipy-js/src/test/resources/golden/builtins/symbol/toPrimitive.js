const o = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? 'str' : 'default'; } };
println(+o, `${o}`, o + '', o * 2, String(o), [o] + '');
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { +bad; } catch (e) { println(e.name); }
const notFn = { [Symbol.toPrimitive]: 1 };
try { +notFn; } catch (e) { println(e.name); }
