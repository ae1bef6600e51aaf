let f;
try { throw 'caught'; } catch (e) { f = () => e; }
println(f());
