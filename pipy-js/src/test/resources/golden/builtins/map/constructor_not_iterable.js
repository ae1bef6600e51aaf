try { new Map(5); } catch (e) { println(e.constructor.name); }
try { new Map({}); } catch (e) { println(e.constructor.name); }
new Map(true);
