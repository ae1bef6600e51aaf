var p = Promise.resolve(1);
var x = 'before';
p.then(function () { println('reaction sees', x); });
x = 'after';
println('end of script');
