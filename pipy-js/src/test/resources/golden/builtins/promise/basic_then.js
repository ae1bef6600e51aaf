var p = new Promise(function (resolve) { resolve(42); });
p.then(function (v) { println('then', v); });
println('sync');
