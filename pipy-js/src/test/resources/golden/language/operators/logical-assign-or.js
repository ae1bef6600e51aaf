let a = 0; a ||= 'x'; println(a);
let b = 'y'; b ||= 'x'; println(b);
