a: { println('in a'); break a; }
b: for (;;) { break b; }
println('after');
