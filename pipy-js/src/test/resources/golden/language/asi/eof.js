println('no semicolon at eof')
