class Registry extends WeakMap {
  register(o) { this.set(o, true); return o; }
}
var r = new Registry();
var o = r.register({});
println(r.has(o), r instanceof WeakMap);
