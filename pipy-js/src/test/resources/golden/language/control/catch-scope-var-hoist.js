function f() { try { throw 1; } catch (e) { var e2 = e; } return e2; }
println(f());
