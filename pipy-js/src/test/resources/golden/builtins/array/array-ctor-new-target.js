class A extends Array {} const a = new A(3); println(a.length, a instanceof A, JSON.stringify(new A(1, 2)), JSON.stringify(A.of(7)), A.from('ab') instanceof A);
