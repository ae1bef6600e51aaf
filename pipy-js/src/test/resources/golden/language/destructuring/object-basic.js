const { a, b: renamed, c = 'dflt', d: { e } = { e: 'E' } } = { a: 1, b: 2 };
println(a, renamed, c, e);
