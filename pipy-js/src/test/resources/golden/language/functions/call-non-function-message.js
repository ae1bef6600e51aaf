const o = {};
try { o.nope(); } catch (e) { println(e.name, e.message.includes('nope')); }
try { undefined(); } catch (e) { println(e.name); }
