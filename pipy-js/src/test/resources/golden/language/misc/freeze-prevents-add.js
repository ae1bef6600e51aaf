const o = Object.freeze({});
o.x = 1;
println(o.x, Object.isFrozen(o));
