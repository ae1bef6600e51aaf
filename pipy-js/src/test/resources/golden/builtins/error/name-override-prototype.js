const e = new TypeError('m'); Object.setPrototypeOf(e, RangeError.prototype); println(e.name, String(e), e instanceof RangeError);
