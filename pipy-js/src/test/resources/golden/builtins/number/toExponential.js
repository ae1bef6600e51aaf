println((123.456).toExponential(2), (123.456).toExponential(), (0).toExponential(), (0).toExponential(2), (1.5).toExponential(0), (2.5).toExponential(0), (-1.5e-7).toExponential(3));
println((1e21).toExponential(), (5e-324).toExponential(), (1.7976931348623157e308).toExponential(5), (1.005).toExponential(2), (0.000001).toExponential(), (123456).toExponential(10));
println(NaN.toExponential(-5), Infinity.toExponential(200), (1).toExponential(undefined), (1).toExponential(100).length, (12345).toExponential(1.7));
try { (1).toExponential(-1); } catch (e) { println(e.name); }
try { (1).toExponential(101); } catch (e) { println(e.name); }
