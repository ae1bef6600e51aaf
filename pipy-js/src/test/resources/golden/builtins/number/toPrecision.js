println((123.456).toPrecision(4), (123.456).toPrecision(2), (123.456).toPrecision(1), (0.000123).toPrecision(2), (0.0000001234).toPrecision(2), (123456789).toPrecision(3));
println((1.005).toPrecision(3), (2.5).toPrecision(1), (1.45).toPrecision(2), (99.99).toPrecision(3), (0).toPrecision(3), (-0).toPrecision(2), (-123.456).toPrecision(5));
println((1e21).toPrecision(3), (123).toPrecision(3), (123).toPrecision(5), (1).toPrecision(100).length, (123.456).toPrecision(), (0.1).toPrecision(21), (5e-324).toPrecision(3));
println(NaN.toPrecision(200), Infinity.toPrecision(5), (0.000001).toPrecision(1), (0.0000001).toPrecision(1), (1e-7).toPrecision(3), (9.999).toPrecision(2));
try { (1).toPrecision(0); } catch (e) { println(e.name); }
try { (1).toPrecision(101); } catch (e) { println(e.name); }
