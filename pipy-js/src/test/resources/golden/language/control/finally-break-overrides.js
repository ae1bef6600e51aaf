function f() { for (;;) { try { return 'r'; } finally { break; } } return 'after loop'; }
println(f());
