println((0.1).toFixed(25), (1e-10).toFixed(20), (123.456).toFixed(10), (2 ** 70).toFixed(2), (999999999999999900000).toFixed(1));
