const names = ['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'];
println(names.map(n => typeof Symbol[n] + ':' + Symbol[n].description).join(' '));
const d = Object.getOwnPropertyDescriptor(Symbol, 'iterator'); println(d.writable, d.enumerable, d.configurable);
