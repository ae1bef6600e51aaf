function inner() { return arguments.length + ':' + Array.prototype.join.call(arguments); } function outer() { return inner.apply(null, arguments); } println(outer(1, 2, 3));
