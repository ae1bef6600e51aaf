var d = new Date(0);
var tp = d[Symbol.toPrimitive];
println(tp.call(d, 'number'), tp.call(d, 'default') === d.toString(), tp.call(d, 'string') === d.toString());
println(typeof (d + 1), d + 1 === d.toString() + '1');
println(`${d}` === d.toString(), d == d.toString(), d == 0);
