try { Array.prototype.at.call(null, 0); } catch (e) { println(e.name); }
try { Array.prototype.at.call(undefined, 0); } catch (e) { println(e.name); }
