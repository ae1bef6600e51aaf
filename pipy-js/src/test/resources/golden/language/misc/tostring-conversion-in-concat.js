const o = { toString() { return 'O'; } };
println('x' + o, `${o}`, [o, o].join(''));
