println(typeof 1 + 2, typeof (1 + 2));
