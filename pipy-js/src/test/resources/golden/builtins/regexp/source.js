println(/a\/b/.source, new RegExp("a/b").source, new RegExp("[/]").source, new RegExp("\\/").source);
println(new RegExp("").source, new RegExp().source, /(?:)/.source, new RegExp(undefined).source);
println(JSON.stringify(new RegExp("\n").source), JSON.stringify(new RegExp("a\rb").source), JSON.stringify(new RegExp("\u2028").source));
println(new RegExp("\n").test("\n"), new RegExp(new RegExp("a/b\n").source).test("a/b\n"));
println(new RegExp("[").source === undefined);
