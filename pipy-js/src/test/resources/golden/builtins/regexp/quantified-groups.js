println(JSON.stringify(/(\d{1,3})(?:,(\d{3}))*/.exec("1,234,567")), JSON.stringify(/^(?:(\w+)\.)+(\w+)$/.exec("a.b.c")));
println(JSON.stringify(/(?:(a)|(b)|(c))+/.exec("abc")), JSON.stringify(/(?:(a)|(b))*?c/.exec("abc")), JSON.stringify(/(?:x(y)?)+/.exec("xyx")));
println(JSON.stringify(/((a)|(b))+/.exec("ab")), JSON.stringify(/(?:(a)+)+/.exec("aa")));
