class A {}
try { A(); } catch (e) { println(e.name); }
