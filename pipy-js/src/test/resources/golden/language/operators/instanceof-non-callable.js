try { ({}) instanceof 5; } catch (e) { println(e.name); }
try { ({}) instanceof {}; } catch (e) { println(e.name); }
