class N extends null {}
println(Object.getPrototypeOf(N.prototype));
