println(typeof Object.prototype.valueOf.call(true), Object.prototype.valueOf.call(new Number(1)) instanceof Number);
