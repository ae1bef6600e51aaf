const r = (function (x) { return x * 2; })(21);
const s = (() => 'arrow iife')();
println(r, s, !function () { return 0; }());
