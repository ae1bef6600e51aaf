const a = [10, 20, 30];
println(a.at(0), a.at(2), a.at(3), a.at(-1), a.at(-3), a.at(-4), a.at(), a.at('1'), a.at(1.7), a.at(NaN));
println(Array.prototype.at.call({length: 2, 0: 'x', 1: 'y'}, -1), Array.prototype.at.call('str', 1));
