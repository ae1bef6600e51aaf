const o = {}; o.z = 1; o['1'] = 1; o.a = 1; o['0'] = 1; o['-1'] = 1; o['01'] = 1; o[4294967294] = 1; o[4294967295] = 1; o['1.5'] = 1;
println(JSON.stringify(Object.keys(o)));
delete o.z; o.z = 2; println(JSON.stringify(Object.keys(o)));
