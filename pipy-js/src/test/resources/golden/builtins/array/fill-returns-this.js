const a = [1]; println(a.fill(2) === a, JSON.stringify([].fill(1)));
