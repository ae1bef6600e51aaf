const a = []; println(a.push(), a.push(1), a.push(2, 3), a.length, JSON.stringify(a));
