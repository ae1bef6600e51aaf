let calls = 0; const it = {[Symbol.iterator]() { calls++; return [1, 2, 3][Symbol.iterator](); }}; const [x, , z] = it; println(x, z, calls);
