println(parseFloat('3.14'), parseFloat('  3.14abc'), parseFloat('-.5'), parseFloat('.5'), parseFloat('5.'), parseFloat('.'), parseFloat('-'), parseFloat('e5'), parseFloat('1e5'), parseFloat('1e'), parseFloat('1e+'), parseFloat('1.5e-3x'));
println(parseFloat('Infinity'), parseFloat('-Infinity'), parseFloat('+Infinityx'), parseFloat('infinity'), parseFloat('0x10'), parseFloat('1_000'), parseFloat(''), Object.is(parseFloat('-0'), -0), 1 / parseFloat('-0'));
println(parseFloat('1.7976931348623159e308'), parseFloat('5e-324'), parseFloat('2e-324'), parseFloat('0.1e1'), parseFloat('1.e2'), parseFloat([' 2.5']), parseFloat({toString: () => '7.5'}));
println(parseFloat('\u2003 1'), parseFloat('\u0661'), Number.parseFloat === parseFloat, parseFloat('123456789012345678901234567890'));
