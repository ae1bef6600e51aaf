println(void 0, void 'x', typeof void 0);
let n = 0; void n++; println(n);
