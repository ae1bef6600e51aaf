var d = new Date(8.64e15);
println(d.setUTCMilliseconds(1), d.getTime());
var e = new Date(0);
println(e.setUTCFullYear(300000));
