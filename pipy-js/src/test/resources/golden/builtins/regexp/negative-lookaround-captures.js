println(JSON.stringify(/(?!(a)b)\w/.exec("ac")), JSON.stringify(/(?!(x))(a)/.exec("a")), JSON.stringify(/(?<!(a))b/.exec("cb")));
println(JSON.stringify(/(?:(?!(b))(\w))+/.exec("ab")), JSON.stringify(/((?!(q))[a-c])+/.exec("abc")));
