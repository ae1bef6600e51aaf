const o = {}; o[4294967295] = 'a'; o[4294967294] = 'b'; o['9007199254740993'] = 'c'; o[-1] = 'd'; o[1e21] = 'e';
println(JSON.stringify(Object.keys(o)));
