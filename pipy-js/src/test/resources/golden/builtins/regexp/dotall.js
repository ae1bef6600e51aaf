var s = "<p>\nhello\n</p>";
println(/<p>.*<\/p>/.test(s), /<p>.*<\/p>/s.test(s), /<p>[^]*<\/p>/.test(s), /<p>[\s\S]*?<\/p>/.test(s));
println(/./s.dotAll, /./.dotAll, /./gims.flags, JSON.stringify(s.match(/.+/gs)), JSON.stringify(s.match(/.+/g)));
