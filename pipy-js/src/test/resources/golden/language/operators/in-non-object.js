try { 'a' in 'abc'; } catch (e) { println(e.name); }
