println(JSON.stringify([].sort()), JSON.stringify([1].sort()), JSON.stringify([undefined].sort()), JSON.stringify([, 1].sort()));
