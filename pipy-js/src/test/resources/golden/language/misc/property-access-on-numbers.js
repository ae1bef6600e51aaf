println((255).toString(16), 3.14159.toFixed(2), (1e21).toString());
