function f(x) { const o = []; switch (x) { case 1: o.push('1'); default: o.push('d'); case 2: o.push('2'); } return o.join(); }
println(f(1), f(2), f(9));
