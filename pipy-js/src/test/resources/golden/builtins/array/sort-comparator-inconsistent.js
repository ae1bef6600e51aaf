const r = [5, 1, 4, 2, 3].sort(() => 1); println(r.length, r.slice().sort().join());
