let s = '5'; s++; println(s, typeof s);
let t = 'x'; t++; println(t);
