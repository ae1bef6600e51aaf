const o = {}; Object.defineProperty(o, Symbol.toStringTag, {value: 'Tag'}); println(String(o), Object.getOwnPropertySymbols(o).length);
