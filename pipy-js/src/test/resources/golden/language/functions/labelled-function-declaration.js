println(typeof f);
lbl: function f() { return 'labelled'; }
println(f());
