try { new Math.max(); } catch (e) { println(e.name); }
try { const x = 1; new x(); } catch (e) { println(e.name); }
