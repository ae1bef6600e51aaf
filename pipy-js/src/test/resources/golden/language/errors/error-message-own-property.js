const e = new Error('x');
println(Object.prototype.hasOwnProperty.call(e, 'message'), Object.keys(e).length);
