try { new Math.floor(1); } catch (e) { println(e.name); }
try { Math.floor.call(null, Symbol()); } catch (e) { println(e.name); }
println(Math.floor.call(null, 2.7), Math.abs.apply(null, [-4]));
