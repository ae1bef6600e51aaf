function a(x, y) {}
function b(x, y = 1, z) {}
function c(...r) {}
function d({ a }, [b]) {}
println(a.length, b.length, c.length, d.length, ((x) => 0).length);
