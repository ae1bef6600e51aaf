const o = {z: 1, 2: 'two', a: 2, 1: 'one'};
Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});
const c = Object.create({inherited: 1}); c.own = 1;
println(JSON.stringify(o), JSON.stringify(c));
const g = {get computed() { return 'got'; }}; println(JSON.stringify(g));
const arr = [1, 2]; arr.extra = 'ignored'; println(JSON.stringify(arr));
