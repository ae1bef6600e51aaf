let o = {};
let cur = o;
for (let i = 0; i < 100; i++) { cur.next = {}; cur = cur.next; }
let depth = 0;
for (let p = o; p.next; p = p.next) depth++;
println(depth);
