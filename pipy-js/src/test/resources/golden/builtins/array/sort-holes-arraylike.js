const o = {length: 4, 0: 'b', 2: 'a', 3: undefined}; Array.prototype.sort.call(o); println(JSON.stringify(o), 3 in o);
