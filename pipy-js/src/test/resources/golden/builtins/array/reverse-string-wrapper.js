try { Array.prototype.reverse.call('abc'); } catch (e) { println(e.name); }
