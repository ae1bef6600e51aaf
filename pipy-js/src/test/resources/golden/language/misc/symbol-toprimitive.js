const o = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 1 : hint === 'string' ? 'S' : 'D'; } };
println(+o, `${o}`, o + '');
