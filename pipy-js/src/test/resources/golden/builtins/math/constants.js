println(Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
println(Object.prototype.toString.call(Math), typeof Math, Object.getOwnPropertyDescriptor(Math, 'PI').writable, Math[Symbol.toStringTag]);
