const o = { get() { return null; }, make() { return { f() { return 'f'; } }; } };
println(o.get()?.f(), o.make()?.f(), o.nothing?.().x);
