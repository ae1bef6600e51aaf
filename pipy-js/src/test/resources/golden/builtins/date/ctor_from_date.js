var a = new Date(123456789);
var b = new Date(a);
println(b.getTime(), a === b);
a.setTime(5);
println(b.getTime());
