const o = {}; println(Object.freeze(o) === o, Object.seal(o) === o, Object.preventExtensions(o) === o, Object.freeze(null), Object.freeze(undefined));
