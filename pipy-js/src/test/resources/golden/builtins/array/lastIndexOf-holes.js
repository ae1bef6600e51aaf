println([1, , 1].lastIndexOf(undefined), [, , ,].lastIndexOf(undefined), ['a', 'b', 'a'].lastIndexOf('a', -2));
