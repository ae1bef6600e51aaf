try { new (() => {})(); } catch (e) { println(e.name); }
