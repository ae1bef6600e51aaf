Array.prototype[1] = 'P'; println(JSON.stringify([0, , 2].filter(() => true))); delete Array.prototype[1];
