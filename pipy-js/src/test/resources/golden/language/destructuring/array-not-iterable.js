try { const [a] = {}; } catch (e) { println(e.name); }
try { const [a] = null; } catch (e) { println(e.name); }
