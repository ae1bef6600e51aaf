println('a\u2028b'.length);
