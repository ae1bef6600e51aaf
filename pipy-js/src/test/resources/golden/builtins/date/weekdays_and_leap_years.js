[[2000, 1, 29], [1900, 1, 28], [2024, 1, 29], [2100, 1, 28], [1600, 1, 29]].forEach(function (a) {
  var d = new Date(Date.UTC(a[0], a[1], a[2] + 1));
  println(a[0], d.getUTCMonth(), d.getUTCDate(), d.getUTCDay());
});
println(new Date(Date.UTC(1970, 0, 1)).getUTCDay(), new Date(Date.UTC(2024, 11, 31)).getUTCDay());
