class Stamp extends Date {
  label() { return 'T' + this.getTime(); }
}
var s = new Stamp(42);
println(s instanceof Date, s.label(), s.toISOString());
var n = new Stamp();
println(typeof n.getTime());
