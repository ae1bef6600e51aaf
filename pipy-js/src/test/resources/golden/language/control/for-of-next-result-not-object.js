const bad = { [Symbol.iterator]() { return { next() { return 1; } }; } };
try { for (const x of bad) {} } catch (e) { println(e.name); }
