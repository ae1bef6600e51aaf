try { `${Symbol('x')}`; } catch (e) { println(e.name); }
