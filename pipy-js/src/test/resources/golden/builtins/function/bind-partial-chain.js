const add = (a, b, c) => a + b + c; println(add.bind(null, 1).bind(null, 2)(3), add.bind(null, 1, 2, 3, 4)(), add.bind(null).length);
