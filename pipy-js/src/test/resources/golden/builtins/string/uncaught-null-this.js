var f = String.prototype.trim;
println(typeof f);
f.call(null);
