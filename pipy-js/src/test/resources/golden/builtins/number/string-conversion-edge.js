println(String(1e21 - 1), String(123e-7), String(0.000001234), String(-1e-7), String(1.5e-9), String(1e300), String(2 ** -1074), String(100), String(1.0), String(1e16));
