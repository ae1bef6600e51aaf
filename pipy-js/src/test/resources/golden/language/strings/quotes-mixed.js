println("it's", 'say "hi"', `both ' and "`);
