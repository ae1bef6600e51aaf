println(JSON.stringify([1].reverse()), JSON.stringify([1, 2, 3, 4, 5].reverse()), JSON.stringify(['a', 'b'].reverse()));
