function f() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
println(f());
