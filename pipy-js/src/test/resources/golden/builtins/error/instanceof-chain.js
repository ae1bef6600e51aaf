const e = new SyntaxError('s'); println(e instanceof SyntaxError, e instanceof Error, e instanceof TypeError, Error.prototype.isPrototypeOf(e), SyntaxError.prototype.isPrototypeOf(new Error()));
