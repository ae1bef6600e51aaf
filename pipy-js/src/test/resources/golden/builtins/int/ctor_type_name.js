['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64'].forEach(function (t) {
  var i = new Int(t);
  println(t, i.type, i.width, i.isUnsigned, i.toString());
});
