println('a' + 1 + 2, 1 + 2 + 'a', 'x' + null + undefined + true);
