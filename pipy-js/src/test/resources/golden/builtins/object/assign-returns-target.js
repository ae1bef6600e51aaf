const t = {}; println(Object.assign(t) === t, Object.assign(t, undefined) === t, JSON.stringify(Object.assign({a: 1}, {a: undefined})));
