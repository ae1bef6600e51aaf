try { throw { code: 42, msg: 'm' }; } catch ({ code, msg }) { println(code, msg); }
try { throw [1, 2]; } catch ([a, b]) { println(a + b); }
