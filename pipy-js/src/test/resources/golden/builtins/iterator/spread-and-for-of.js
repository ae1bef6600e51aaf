const custom = { from: 1, to: 4, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? {value: c++, done: false} : {value: undefined, done: true}, [Symbol.iterator]() { return this; } }; } };
println(JSON.stringify([...custom]), JSON.stringify(Array.from(custom)), Math.max(...custom));
const out = []; for (const [i, v] of ['x', 'y'].entries()) out.push(i + v); println(out.join());
