const c = 1;
try { c = 2; } catch (e) { println(e.name); }
try { c++; } catch (e) { println(e.name); }
try { c += 1; } catch (e) { println(e.name); }
println(c);
