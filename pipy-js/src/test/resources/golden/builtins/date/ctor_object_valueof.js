var o = { valueOf: function () { return 86400000; } };
println(new Date(o).toISOString());
var s = { toString: function () { return '2020-01-01'; }, valueOf: undefined };
println(new Date(s).toISOString());
println(new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime());
