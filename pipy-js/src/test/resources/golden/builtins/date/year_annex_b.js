var d = new Date(Date.UTC(2000, 5, 15));
println(d.getYear());
println(d.setYear(95), d.getFullYear());
println(d.setYear(2005), d.getFullYear());
println(d.setYear(NaN), d.getTime());
var e = new Date(NaN);
println(e.setYear(99), e.toISOString());
