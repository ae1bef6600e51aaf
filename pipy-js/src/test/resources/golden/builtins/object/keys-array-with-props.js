const a = [1, 2]; a.x = 'x'; println(JSON.stringify(Object.keys(a)), JSON.stringify(Object.values(a)), JSON.stringify(Object.getOwnPropertyNames(a)));
