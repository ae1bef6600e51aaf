let gets = 0;
const it = { get [Symbol.iterator]() { gets++; return function () { return [1, 2][Symbol.iterator](); }; } };
for (const v of it);
println(gets);
