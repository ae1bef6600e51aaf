const a = Symbol('x'), b = Symbol('x'); const o = {[a]: 1, [b]: 2}; println(o[a], o[b], Object.getOwnPropertySymbols(o).length);
