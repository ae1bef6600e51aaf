try { t = 5; } catch (e) { println(e.name); }
let t = 1;
println(t);
