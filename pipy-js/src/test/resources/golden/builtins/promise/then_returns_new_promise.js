var p = Promise.resolve();
var q = p.then();
println(p === q, q instanceof Promise);
