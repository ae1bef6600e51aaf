println('a\tb', 'q\'s', "d\"q", 'back\\slash', 'n\nl'.length, '\b\f\v\r'.length, '\0'.charCodeAt(0));
