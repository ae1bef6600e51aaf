println(JSON.stringify([1, 2, 3].slice(-0)), JSON.stringify([1, 2, 3].slice(0, -0)), JSON.stringify([1, 2, 3].slice(1.5, 2.5)), JSON.stringify([1, 2, 3].slice('a')));
