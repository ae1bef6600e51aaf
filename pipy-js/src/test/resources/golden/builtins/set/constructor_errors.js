try { Set(); } catch (e) { println(e.constructor.name); }
try { new Set(1); } catch (e) { println(e.constructor.name); }
new Set({ length: 2 });
