const o = { valueOf() { return 42; }, toString() { return 'str'; } };
println(o + '', o * 1, `${o}`, String(o), o > 41);
