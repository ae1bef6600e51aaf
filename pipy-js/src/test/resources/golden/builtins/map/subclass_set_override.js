class Upper extends Map {
  set(k, v) { return super.set(String(k).toUpperCase(), v); }
}
var u = new Upper([['a', 1], ['b', 2]]);
println(JSON.stringify([...u]));
