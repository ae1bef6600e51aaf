println('a');
new Promise(function (resolve, reject) { println('executor', typeof resolve, typeof reject, resolve.length); });
println('b');
