try { let u; u.x; } catch (e) { println(e.name, e.message.includes('undefined')); }
