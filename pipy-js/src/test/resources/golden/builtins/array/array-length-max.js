const a = []; try { a.length = 4294967296; } catch (e) { println(e.name); }
try { new Array(4294967296); } catch (e) { println(e.name); }
try { [].length = -0.5; } catch (e) { println(e.name); }
