for (const v of [1, 2]) println(v);
