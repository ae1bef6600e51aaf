println("start");
var p = "a(b";
new RegExp(p, "g");
