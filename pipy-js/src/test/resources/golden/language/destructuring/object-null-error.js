try { const { a } = null; } catch (e) { println(e.name); }
try { const { b } = undefined; } catch (e) { println(e.name); }
