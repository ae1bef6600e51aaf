function decl() {}
const expr = function () {};
const arrow = () => {};
const named = function inner() {};
let later; later = function () {};
println(decl.name, expr.name, arrow.name, named.name, later.name);
