println(Array.prototype.at.call({length: 3, 0: 'a', 2: 'c'}, -3), Array.prototype.at.call({length: 3, 2: 'c'}, -1), [1].at(-0), [1, 2].at(Infinity), [1, 2].at(-Infinity));
