function f() { return typeof this; }
println(f.call(5), f.call('s'));
