const o = { hasOwnProperty: 'own', toString: 5, constructor: 'c' };
println(o.hasOwnProperty, o.toString, o.constructor);
