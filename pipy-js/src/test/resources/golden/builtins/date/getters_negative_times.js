var d = new Date(-1);
println(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getUTCDay());
var e = new Date(-62198755200000);
println(e.getUTCFullYear(), e.getUTCMonth(), e.getUTCDate(), e.getUTCDay());
var f = new Date(Date.UTC(-271821, 3, 20));
println(f.getUTCFullYear(), f.getUTCMonth(), f.getUTCDate(), f.getUTCDay(), f.getTime());
