function f() { try { return 'try'; } finally { println('finally runs'); } }
println(f());
