println(Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag], typeof JSON.parse, JSON.parse.length, JSON.stringify.length, JSON.parse.name);
try { new JSON.parse('1'); } catch (e) { println(e.name); }
try { JSON(); } catch (e) { println(e.name); }
