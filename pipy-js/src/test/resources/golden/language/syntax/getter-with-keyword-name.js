const o = { get default() { return 'def'; }, get new() { return 'new'; } };
println(o.default, o.new);
