println(JSON.stringify({a: 1, b: 2, 3: 4}, [new Number(3), new String('a')]));
