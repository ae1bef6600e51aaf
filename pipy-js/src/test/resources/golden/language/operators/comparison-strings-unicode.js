println('a' < 'á', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc');
