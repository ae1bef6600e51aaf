var calls = 0;
var arg = { valueOf: function () { calls++; return 1; } };
var d = new Date(NaN);
d.setHours(arg);
d.setUTCMinutes(arg);
println(calls, d.getTime());
