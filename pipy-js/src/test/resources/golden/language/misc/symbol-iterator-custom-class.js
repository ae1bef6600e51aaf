class Bag {
  constructor() { this.items = ['a', 'b']; }
  [Symbol.iterator]() { return this.items[Symbol.iterator](); }
}
println([...new Bag()].join());
