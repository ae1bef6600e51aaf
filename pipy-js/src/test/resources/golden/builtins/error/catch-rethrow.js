function f() { try { throw new RangeError('inner'); } catch (e) { throw new Error('outer', {cause: e}); } }
try { f(); } catch (e) { println(e.message, e.cause.message, e.cause.name); }
