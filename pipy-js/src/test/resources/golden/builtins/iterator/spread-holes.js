println(JSON.stringify([...[, 1]]), [...[, 1]].hasOwnProperty(0), Math.max(...[1, , 3]));
