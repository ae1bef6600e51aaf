class Counter extends Map {
  constructor(items) { super(); if (items) for (var x of items) this.add(x); }
  add(x) { this.set(x, (this.get(x) || 0) + 1); return this; }
}
var c = new Counter(['a', 'b', 'a']);
println(c instanceof Counter, c instanceof Map, c.size, c.get('a'), c.get('b'));
println(Object.prototype.toString.call(c));
