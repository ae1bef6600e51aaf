function tag(s) { return JSON.stringify([s, s.raw]); }
println(tag`a\tb`, tag`\u0041`, tag`line1
line2`);
println(String.raw`C:\new\table`, String.raw`\``, String.raw`${"x"}\${"y"}`.length);
