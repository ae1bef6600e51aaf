println(JSON.stringify(['a', 'b', 'a'].reduce((m, k) => { m[k] = (m[k] || 0) + 1; return m; }, {})));
