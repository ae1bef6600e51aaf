const r = [1, 2, 3].splice(0, 0); println(Array.isArray(r), r.length, JSON.stringify([1, 2, 3].splice(-1, 1)), JSON.stringify([1, 2, 3].splice(1, Infinity)));
