const o = {length: 3, 0: 'c', 1: 'a', 2: 'b', 3: 'ignored'};
Array.prototype.sort.call(o); println(JSON.stringify(o));
const arr = [5, 1, 4]; println(arr.sort() === arr);
