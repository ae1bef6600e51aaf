println(JSON.stringify(['0', '-0.0', '1e+2', '1E-2', '123.456e1', '-1.5', '1e308', '2e308', '5e-325'].map(s => JSON.parse(s))));
