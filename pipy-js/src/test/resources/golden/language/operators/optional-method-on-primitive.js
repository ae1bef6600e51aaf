println('abc'?.toUpperCase(), (5)?.toFixed(1));
