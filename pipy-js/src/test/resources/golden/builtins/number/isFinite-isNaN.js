println(Number.isFinite(1), Number.isFinite('1'), Number.isFinite(Infinity), Number.isFinite(NaN), Number.isFinite(null), Number.isFinite(new Number(1)));
println(Number.isNaN(NaN), Number.isNaN('NaN'), Number.isNaN(undefined), Number.isNaN(0 / 0), Number.isNaN({}), Number.isNaN(new Number(NaN)));
