println(JSON.stringify(/((a)(b(c)))/.exec("abc")), JSON.stringify(/(?:(?:(a)))/.exec("a")), JSON.stringify(/(a(?=(b)))/.exec("ab")));
println(JSON.stringify(/((?<x>a)|(?<y>b))/.exec("b")), JSON.stringify(/(?<outer>x(?<inner>y))/.exec("xy").groups));
