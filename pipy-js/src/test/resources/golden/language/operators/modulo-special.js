println(Object.is(-1 % 1, -0), 5 % Infinity, Infinity % 2, 0 % 0);
