const o = {name: {toString: () => 'N'}, message: ['a', 'b']}; println(Error.prototype.toString.call(o));
