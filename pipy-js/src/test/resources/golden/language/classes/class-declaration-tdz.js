try { new K(); } catch (e) { println(e.name); }
class K {}
println(typeof K);
