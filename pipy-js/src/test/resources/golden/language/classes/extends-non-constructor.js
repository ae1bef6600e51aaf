try { class X extends 5 {} } catch (e) { println(e.name); }
try { const o = {}; class Y extends o {} } catch (e) { println(e.name); }
