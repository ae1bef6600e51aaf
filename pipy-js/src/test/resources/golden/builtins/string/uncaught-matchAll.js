var it = "abc".matchAll(/b/g);
println(it.next().value[0]);
"abc".matchAll(/b/);
