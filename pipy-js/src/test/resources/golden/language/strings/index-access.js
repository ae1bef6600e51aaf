println('abc'[1], 'abc'[5], 'abc'.length, 'abc'['length']);
