const ts = x => Object.prototype.toString.call(x);
println(ts(undefined), ts(null), ts(1), ts('s'), ts(true), ts(Symbol()), ts([]), ts({}), ts(function () {}), ts(() => 1));
println(ts(new Error('x')), ts(new TypeError()), ts(Math), ts(JSON), ts(new Number(1)), ts(new String('')), ts(new Boolean(false)));
println(ts(Object.create(null)), ts(class A {}), ts([].values()));
(function () { println(ts(arguments)); })();
