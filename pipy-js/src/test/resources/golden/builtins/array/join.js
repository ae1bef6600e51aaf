println([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [null, undefined, 1].join(), [1, , 3].join());
println([].join(), [[1, 2], [3]].join(';'), [1, 2].join(undefined), [1, 2].join(null), [{}].join());
const self = [1]; self.push(self); println(self.join());
println(Array.prototype.join.call({length: 3, 0: 'a', 2: 'c'}, '+'), Array.prototype.join.call('abc', '.'));
