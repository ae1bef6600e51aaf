const range = {
  from: 1, to: 4,
  [Symbol.iterator]() {
    let c = this.from, t = this.to;
    return { next: () => c <= t ? { value: c++, done: false } : { value: undefined, done: true } };
  },
};
const out = [];
for (const n of range) out.push(n);
println(out.join());
