println(JSON.stringify(Array.prototype.concat.call(1, 2)), typeof Array.prototype.concat.call('s', 't')[0], JSON.stringify(Array.prototype.concat.call({a: 1}, [2])));
