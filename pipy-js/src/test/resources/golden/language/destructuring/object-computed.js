const k = 'key';
const { [k]: v, [`${k}2`]: v2 = 'none' } = { key: 'val' };
println(v, v2);
