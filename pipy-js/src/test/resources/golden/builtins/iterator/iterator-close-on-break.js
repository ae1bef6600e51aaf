let closed = 0;
const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({value: i++, done: false}), return() { closed++; return {done: true}; } }; } };
for (const v of it) { if (v === 2) break; }
println(closed);
const [first, second] = it; println(first, second, closed);
