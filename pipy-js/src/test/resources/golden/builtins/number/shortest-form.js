println(0.1 + 0.2, 1 / 3, 2 / 3, 100 / 3, 1e21, 1e-7, 1e-6, 123e-20, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 2 ** 70, -1e-7);
println(String(123456789012345680000), (2 ** 60).toString(), (-(2 ** 63)).toString(), String(1.2345678901234567e25), String(4.35), String(0.000001), String(0.0000012345), String(1e300 * 10));
println(JSON.stringify([2 ** 53 + 2, 2 ** 60, 1e21, 0.1, -0, 1e-7]), `${2 ** 64}`, (2 ** 64).toString(), (2 ** 62).toString(), (-(2 ** 55) - 8).toString());
println((123456789.12345679).toString(), (1.7976931348623157e308).toString(), (4.9406564584124654e-324).toString(), (0.1).toString(), (100).toString(), (1e21).toString(), (-1.5e-7).toString());
