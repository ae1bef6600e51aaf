let x = -1; x >>>= 0; println(x);
let y = -16; y >>>= 2; println(y);
let z = 1; z <<= 31; println(z);
let w = -16; w >>= 2; println(w);
