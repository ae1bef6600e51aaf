const fns = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp', 'expm1', 'floor', 'fround', 'hypot', 'imul', 'log', 'log1p', 'log10', 'log2', 'max', 'min', 'pow', 'random', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'];
println(fns.map(f => f + '/' + Math[f].length).join(' '));
println(fns.every(f => !Object.getOwnPropertyDescriptor(Math, f).enumerable), Object.keys(Math).length);
try { new Math.max(); } catch (e) { println(e.name); }
try { Math(); } catch (e) { println(e.name); }
