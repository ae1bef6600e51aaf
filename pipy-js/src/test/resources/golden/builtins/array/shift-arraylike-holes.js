const o = {length: 3, 1: 'b'}; println(Array.prototype.shift.call(o), JSON.stringify(o));
