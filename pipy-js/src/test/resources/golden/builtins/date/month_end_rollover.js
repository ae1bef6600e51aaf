var d = new Date(Date.UTC(2024, 0, 31));
d.setUTCMonth(1);
println(d.toISOString());
var e = new Date(Date.UTC(2023, 0, 31));
e.setUTCMonth(1);
println(e.toISOString());
