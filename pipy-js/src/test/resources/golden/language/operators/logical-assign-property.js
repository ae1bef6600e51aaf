const o = {};
o.a ??= []; o.a.push(1); o.a ??= 'x';
o['b'] ||= 3;
println(JSON.stringify(o));
