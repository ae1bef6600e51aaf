const o = {length: '3'}; println(Array.prototype.unshift.call(o), typeof o.length, o.length);
