const o = {}; println(Array.prototype.pop.call(o), o.length); const o2 = {length: 0}; Array.prototype.shift.call(o2); println(o2.length);
