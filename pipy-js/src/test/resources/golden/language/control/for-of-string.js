const cs = [];
for (const c of 'a😀b') cs.push(c);
println(cs.length, cs.join('|'));
