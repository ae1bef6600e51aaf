const o = { valueOf() { return 10; }, toString() { return 'S'; } };
println(o + 1, `${o}`, o * 2, String(o));
