const a = [3, undefined, , 1, undefined, , 2];
a.sort();
println(a.length, JSON.stringify(Object.keys(a)), a[0], a[1], a[2], a[3], a[4], 5 in a, 6 in a);
const b = [undefined, 3, , 1]; b.sort((x, y) => y - x); println(JSON.stringify(Object.keys(b)), b[0], b[1], b[2]);
