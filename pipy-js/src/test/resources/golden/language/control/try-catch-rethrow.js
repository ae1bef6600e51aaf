try { try { throw new TypeError('t'); } catch (e) { throw e; } } catch (e2) { println(e2.name, e2.message); }
