function f() { try { return 'try'; } finally { return 'finally'; } }
println(f());
