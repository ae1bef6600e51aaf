println(JSON.stringify([...Array.prototype.values.call('ab')]), JSON.stringify(Array.from(Array.prototype.keys.call('xyz'))));
