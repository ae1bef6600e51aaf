class Tags extends Set {
  addAll(xs) { for (var x of xs) this.add(x); return this; }
}
var t = new Tags(['a']).addAll(['b', 'a', 'c']);
println(t instanceof Set, t.size, [...t].join(','));
