const __proto__ = 7;
const o = { __proto__ };
println(Object.keys(o).join(), Object.getPrototypeOf(o) === Object.prototype);
