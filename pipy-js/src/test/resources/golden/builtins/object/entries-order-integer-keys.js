println(JSON.stringify(Object.entries({b: 1, 10: 2, 1: 3, a: 4, '-1': 5})));
