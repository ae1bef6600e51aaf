println(parseFloat('1e1000'), parseFloat('-1e-1000') === 0, parseFloat('0.0000000000000000000001'), parseFloat('.e1'), parseFloat('1.2.3'), parseFloat('--1'), parseFloat('+-1'), parseFloat('0x1p3'));
