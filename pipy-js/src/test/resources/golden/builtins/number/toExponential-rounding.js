println((1.25).toExponential(1), (1.35).toExponential(1), (9.99).toExponential(1), (0.00015).toExponential(0), (1e-7).toExponential(2), (-0).toExponential(1), (5e-324).toExponential(2));
