var html = '<a href="x">link</a><b>bold</b>';
println(JSON.stringify(html.match(/<.+>/)[0]), JSON.stringify(html.match(/<.+?>/)[0]), JSON.stringify(html.match(/<[^>]+>/g)));
println(/a+?b/.exec("aaab")[0], /a*?$/.exec("aaa")[0], /(a+)(a*)/.exec("aaa").slice(1).join("|"), /(a+?)(a*)/.exec("aaa").slice(1).join("|"));
println(/(a{2,}?)(a*)/.exec("aaaaa").slice(1).join("|"), /(\d+)(\d{2})/.exec("12345").slice(1).join("|"), /(\d+?)(\d{2})/.exec("12345").slice(1).join("|"));
