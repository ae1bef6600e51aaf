class Counter {
  #n = 0;
  inc() { return ++this.#n; }
  static has(o) { return #n in o; }
}
const c = new Counter();
c.inc(); c.inc();
println(c.inc(), Object.keys(c).length, JSON.stringify(c));
