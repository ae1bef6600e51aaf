const o = {}; o.x++; println(o.x);
