try { const n = null; n.x; } catch (e) { println(e.name, e.message.includes('null')); }
