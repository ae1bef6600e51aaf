let a = null; a ??= 5; println(a);
let b = 0; b ??= 5; println(b);
let c; c ??= 'c'; println(c);
