function addX(o) { o.x = 1; return o.x; }
println(addX({}), addX(Object.preventExtensions({})));
