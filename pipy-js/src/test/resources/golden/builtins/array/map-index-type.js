println(JSON.stringify([10, 20].map((v, i) => typeof i)), JSON.stringify(['x'].map((v, i, arr) => arr === undefined)));
