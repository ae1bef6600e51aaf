const o = { get bad() { throw new Error('getter threw'); } };
try { o.bad; } catch (e) { println(e.message); }
