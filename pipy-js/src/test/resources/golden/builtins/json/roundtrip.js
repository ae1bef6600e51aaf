const v = {s: 'é\n"q"', n: [0, -1, 3.25, 1e-7, 1e21], b: [true, false], z: null, nested: {deep: {deeper: [[[]]]}}};
const s = JSON.stringify(v);
println(s === JSON.stringify(JSON.parse(s)), JSON.stringify(JSON.parse(JSON.stringify(v, null, 4))) === s);
