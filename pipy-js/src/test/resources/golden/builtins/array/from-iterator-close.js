let closed = 0;
const it = { [Symbol.iterator]() { let i = 0; return { next() { return {value: i++, done: false}; }, return() { closed++; return {}; } }; } };
try { Array.from(it, x => { if (x === 3) throw new Error('stop'); return x; }); } catch (e) { println(e.message, closed); }
