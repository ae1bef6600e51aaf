let s = ''; for (let i = 0; i < 500; i++) s += '['; for (let i = 0; i < 500; i++) s += ']';
let v = JSON.parse(s); let depth = 0; while (Array.isArray(v) && v.length) { v = v[0]; depth++; } println(depth, JSON.stringify(JSON.parse(s)).length);
