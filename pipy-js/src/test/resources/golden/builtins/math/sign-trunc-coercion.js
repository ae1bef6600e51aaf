println(Math.sign('5'), Math.sign(''), Math.sign([]), Math.sign({}), Math.trunc(' 7.9 '), Math.trunc(true), Math.trunc([-3.3]));
