l: for (;;) { (function () { l: for (;;) { break l; } })(); break l; }
println('ok');
