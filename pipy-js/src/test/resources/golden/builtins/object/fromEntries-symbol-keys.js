const s = Symbol('s'); const o = Object.fromEntries([[s, 1]]); println(o[s], Object.getOwnPropertySymbols(o).length);
