var names = ['setMilliseconds', 'setSeconds', 'setMinutes', 'setHours', 'setDate', 'setMonth', 'setUTCHours', 'setUTCDate'];
names.forEach(function (n) { var d = new Date(NaN); println(n, d[n](1), d.getTime()); });
var d = new Date(NaN);
println(d.setFullYear(2020), d.toISOString());
var e = new Date(NaN);
println(e.setUTCFullYear(2020, 5), e.toISOString());
