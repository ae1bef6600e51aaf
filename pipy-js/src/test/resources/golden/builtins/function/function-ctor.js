println(Function.prototype.constructor === Function, Function.length, Function.name, typeof Function.prototype);
println(Function.prototype(), Function.prototype.length, Function.prototype.name === '');
