const o = {length: '2'}; Array.prototype.push.call(o, 'x'); println(o.length, o[2], typeof o.length);
