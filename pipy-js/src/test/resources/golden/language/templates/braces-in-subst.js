const o = { a: { b: 1 } };
println(`${JSON.stringify({ k: o.a })}`);
println(`${(() => { return '}'; })()}`);
