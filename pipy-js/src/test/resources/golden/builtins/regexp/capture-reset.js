println(JSON.stringify(/(?:(a)|b)+/.exec("ab")), JSON.stringify(/(?:(a)|(b))+/.exec("ab")), JSON.stringify(/((a)|b)+/.exec("ab")));
println(JSON.stringify(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac")), JSON.stringify(/(a*)*/.exec("b")), JSON.stringify(/(a*)+/.exec("b")));
println(JSON.stringify(/(?:a|())*/.exec("aa")), JSON.stringify(/(?:(\d)|[a-z])*/.exec("1a")), JSON.stringify(/(?:(x)y)*/.exec("xyxy")));
println(JSON.stringify(/(?:(?:(a)|b)c)+/.exec("acbc")), JSON.stringify(/(?:(a)(?:(b)|c))+/.exec("abac")), JSON.stringify(/(a|b)*/.exec("ab")));
println(JSON.stringify("a1b".replace(/(?:(\d)|[a-z])+/, "[$1]")), JSON.stringify(/(?:(a)|b){2}/.exec("ab")), JSON.stringify(/(?:(a)|b)?/.exec("b")));
