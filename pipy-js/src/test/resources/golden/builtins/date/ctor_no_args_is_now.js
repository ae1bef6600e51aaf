var before = Date.now();
var d = new Date();
var after = Date.now();
println(d.getTime() >= before && d.getTime() <= after);
println(typeof Date.now(), Date.now() > 1.6e12);
