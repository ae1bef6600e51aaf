const ts = Object.prototype.toString; class E extends Error {} println(ts.call(new E()), ts.call(new RangeError()), ts.call(Object.create(Error.prototype)));
