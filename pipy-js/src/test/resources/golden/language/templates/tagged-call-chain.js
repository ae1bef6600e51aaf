function f(s) { return function (s2) { return s[0] + s2[0]; }; }
println(f`a``b`);
