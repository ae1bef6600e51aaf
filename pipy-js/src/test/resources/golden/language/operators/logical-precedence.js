println(true || false && false, (true || false) && false, 1 | 2 && 3, 1 && 2 | 4);
