const o = {};
o[1] = 'a'; o['1'] = 'b'; o[1.0] = 'c';
println(Object.keys(o).length, o[1]);
