println(parseInt('42'), parseInt('  42abc'), parseInt('-42'), parseInt('+42'), parseInt('abc'), parseInt(''), parseInt('  '), parseInt('0x1F'), parseInt('0X1f'), parseInt('-0x10'));
println(parseInt('101', 2), parseInt('z', 36), parseInt('Z', 36), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0), parseInt('0x10', 16), parseInt('0x10', 10), parseInt('ff', 16));
println(parseInt('12.9'), parseInt('1e3'), parseInt(1e21), parseInt(0.0000005), parseInt(null), parseInt(undefined), parseInt('Infinity'), parseInt(' \n\t 7'));
println(parseInt('123456789012345678901234567890'), parseInt('9007199254740993'), Object.is(parseInt('-0'), -0), 1 / parseInt('-0'), parseInt('0b11'), parseInt('0o7'), parseInt('077'));
println(parseInt('10', 4294967312), parseInt('10', -4294967280), parseInt('11', '2'), parseInt('11', 2.9), parseInt('\u00a012'), parseInt('\ufeff12'), parseInt('\u0661'));
println(parseInt('ffffffffffffffffffff', 16), parseInt('zzzzzzzzzzzzzz', 36), Number.parseInt === parseInt);
