println(JSON.stringify([1, 2, 10, 21, 100].sort()), JSON.stringify([0.5, -0.5, 5e-7, 1e21].sort()), JSON.stringify(['10', 9, '8', 1].sort()));
