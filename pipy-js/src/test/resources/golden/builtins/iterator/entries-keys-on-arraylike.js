const o = {length: 2, 0: 'a', 1: 'b'}; println(JSON.stringify(Array.from(Array.prototype.entries.call(o))), JSON.stringify(Array.from(Array.prototype.keys.call(o))));
