const o = {length: 1, 0: 'a'}; println(Array.prototype.unshift.call(o, 'x', 'y'), JSON.stringify(o));
