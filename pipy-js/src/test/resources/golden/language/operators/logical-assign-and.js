let a = 1; a &&= 2; println(a);
let b = 0; b &&= 2; println(b);
