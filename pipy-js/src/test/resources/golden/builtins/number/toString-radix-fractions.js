println((0.1).toString(16), (0.5).toString(36), (1 / 7).toString(7), (2.5).toString(5), (-0.75).toString(2), (1e-300).toString(2).length, (123.5).toString(4));
