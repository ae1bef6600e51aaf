const a = [, 'b', , 'd', ,];
println(a.length, JSON.stringify(Object.keys(a)), a.indexOf(undefined), a.includes(undefined), a.join('-'));
println(JSON.stringify(Object.entries(a)), a.findIndex(x => x === undefined), a.find(x => x === undefined));
let k = []; for (const i in a) k.push(i); println(k.join());
println([...a].length, 0 in [...a], JSON.stringify(Array.from(a)));
