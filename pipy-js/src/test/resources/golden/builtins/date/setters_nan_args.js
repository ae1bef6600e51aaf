var d = new Date(0);
println(d.setHours(NaN), d.getTime());
d.setTime(0);
println(d.setMonth(1, undefined), d.getTime());
d.setTime(0);
println(d.setDate(), d.getTime());
d.setTime(0);
println(d.setFullYear(2020, 'x'));
