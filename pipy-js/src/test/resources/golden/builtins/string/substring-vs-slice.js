var s = "0123456789";
var args = [[2, 5], [5, 2], [-3], [-3, -1], [2, -1], [NaN, 4], [4, NaN], [undefined, 3], [3, undefined], [1.7, 4.2], [-0, 2], [Infinity], [-Infinity, 2]];
for (var a of args) println(JSON.stringify(a), s.slice(...a), s.substring(...a), s.substr(...a));
