println((123.456).toFixed(2), (123.456).toFixed(0), (123.456).toFixed(), (0).toFixed(2), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0), (1e20).toFixed(2), (1e21).toFixed(2));
println((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (8.345).toFixed(2), (0.5).toFixed(0), (-0.5).toFixed(0), (10.235).toFixed(2), (1.0000000000000002).toFixed(20));
println((0.000001).toFixed(7), (-0.0001).toFixed(2), (-0).toFixed(2), (1234.5678).toFixed(100).length, (0.1).toFixed(20), (123).toFixed(3), (-1e-7).toFixed(3));
println(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(), (5).toFixed('2'), (5).toFixed(1.9), (5).toFixed(null), (5).toFixed(NaN));
