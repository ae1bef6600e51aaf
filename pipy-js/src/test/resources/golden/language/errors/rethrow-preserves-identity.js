const orig = new Error('o');
try { try { throw orig; } catch (e) { throw e; } } catch (e) { println(e === orig); }
