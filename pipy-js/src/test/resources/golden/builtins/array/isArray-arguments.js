(function () { println(Array.isArray(arguments), arguments.length); })(1, 2);
