const o = {};
const arr = [];
[o.x, arr[0], ...o.rest] = [1, 2, 3, 4];
({ p: o.y, q: arr[1] } = { p: 'P', q: 'Q' });
println(o.x, arr.join(), JSON.stringify(o.rest), o.y);
