const o = {};
o.x = 1; o['y'] = 2; o[3] = 3;
println(JSON.stringify(o));
