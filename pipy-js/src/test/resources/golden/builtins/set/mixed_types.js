var s = new Set([1, '1', true, 'true', null, undefined, 1.0, NaN]);
println(s.size);
println(s.has(null), s.has(undefined), s.has(), s.has('1'), s.has(true));
