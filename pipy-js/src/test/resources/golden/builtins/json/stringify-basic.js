println(JSON.stringify({a: 1, b: 'x', c: true, d: null, e: [1, 'y', false]}), JSON.stringify('s'), JSON.stringify(1), JSON.stringify(null), JSON.stringify(true));
println(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol()), JSON.stringify(), typeof JSON.stringify(undefined));
println(JSON.stringify({u: undefined, f() {}, s: Symbol(), n: null}), JSON.stringify([undefined, function () {}, Symbol()]), JSON.stringify({[Symbol()]: 1}));
println(JSON.stringify([NaN, Infinity, -Infinity, -0, 0.1, 1e21, 1e-7, 2 ** 53 + 2]), JSON.stringify({n: NaN}), JSON.stringify(NaN));
println(JSON.stringify(new Number(3)), JSON.stringify(new String('str')), JSON.stringify(new Boolean(false)), JSON.stringify([new Number(1), Object('s')]), JSON.stringify(Object(Symbol())));
println(JSON.stringify([1, , 3]), JSON.stringify(new Array(2)), JSON.stringify({}), JSON.stringify([]), JSON.stringify([[]]), JSON.stringify({a: {}}));
