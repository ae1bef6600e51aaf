const o = {};
o.b = 1; o[10] = 1; o[2] = 1; o.a = 1; o['01'] = 1;
println(Object.keys(o).join());
