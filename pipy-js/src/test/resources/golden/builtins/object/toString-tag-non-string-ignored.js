const ts = Object.prototype.toString; println(ts.call({[Symbol.toStringTag]: null}), ts.call({[Symbol.toStringTag]: {}}), ts.call(Object.assign(function () {}, {[Symbol.toStringTag]: 'Fn'})));
