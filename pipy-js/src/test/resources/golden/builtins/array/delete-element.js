const a = [1, 2, 3]; delete a[1]; println(a.length, 1 in a, JSON.stringify(a), a.indexOf(undefined), a.includes(undefined));
