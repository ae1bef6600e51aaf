let n = 0; const o = {length: 1, 0: 'x', get [Symbol.isConcatSpreadable]() { n++; return true; }};
println(JSON.stringify([].concat(o, o)), n);
