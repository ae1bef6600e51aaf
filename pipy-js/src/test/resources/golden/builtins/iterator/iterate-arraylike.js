const it = Array.prototype.values.call({length: 2, 0: 'a', 1: 'b'});
println(JSON.stringify([...it]));
const s = Array.prototype.entries.call('hi'); println(JSON.stringify([...s]));
