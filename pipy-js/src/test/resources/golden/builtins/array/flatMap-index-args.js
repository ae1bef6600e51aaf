println(JSON.stringify(['a', 'b'].flatMap((v, i, arr) => [v + i + arr.length])));
