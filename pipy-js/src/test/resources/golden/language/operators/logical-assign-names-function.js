let f; f ??= function () {}; let g; g ||= () => 1;
println(f.name, g.name);
