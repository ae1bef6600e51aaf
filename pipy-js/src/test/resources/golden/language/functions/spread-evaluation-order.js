const log = [];
function f() { return arguments.length; }
const n = f((log.push(1), 1), ...(log.push(2), [2, 3]), (log.push(3), 4));
println(n, log.join());
