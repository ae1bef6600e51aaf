try { println(t); } catch (e) { println(e.name, e.message); }
let t = 1;
