[0, 86399999, 86400000, -86400000, -86400001].forEach(function (t) {
  var d = new Date(t);
  println(t, d.getUTCDate(), d.getUTCHours(), d.getUTCMilliseconds(), d.getUTCDay());
});
