println(isNaN(NaN), isNaN('abc'), isNaN('12'), isNaN(undefined), isNaN(null), isNaN({}), isNaN([]), isNaN(''), isNaN('  '), isNaN(true));
println(isFinite(1), isFinite(Infinity), isFinite('12'), isFinite('x'), isFinite(null), isFinite(undefined), isFinite(-Infinity), isFinite('1e308'), isFinite('1e309'));
try { isNaN(Symbol()); } catch (e) { println(e.name); }
