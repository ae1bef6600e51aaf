const s = Symbol(); println(typeof s, typeof Object(s), s == Object(s), s === Object(s), Object(s) == Object(s));
