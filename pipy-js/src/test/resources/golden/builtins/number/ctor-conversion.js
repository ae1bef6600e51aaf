println(Number(), Number(undefined), Number(null), Number(true), Number(''), Number('  12  '), Number('0x1f'), Number('0b101'), Number('0o17'), Number('1e3'), Number('-0x1'));
println(Number('Infinity'), Number('-Infinity'), Number('infinity'), Number('1_0'), Number('12px'), Number('.5'), Number('5.'), Number('+.5e1'), Number([]), Number([5]), Number([1, 2]), Number({}));
println(Number({valueOf: () => '7'}), Number('\n\t 42 \r'), Number('1e1000'), Number('-1e-1000') === 0, Number('00012'), Number('0.0000001'));
try { Number(Symbol()); } catch (e) { println(e.name); }
