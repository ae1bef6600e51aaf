try { throw 1; } catch { println('caught without binding'); }
