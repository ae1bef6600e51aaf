var d = new Date(0);
try { d[Symbol.toPrimitive](); } catch (e) { println(e.name); }
try { d[Symbol.toPrimitive]('bogus'); } catch (e) { println(e.name); }
try { Date.prototype[Symbol.toPrimitive].call(1, 'number'); } catch (e) { println(e.name); }
d[Symbol.toPrimitive](1);
