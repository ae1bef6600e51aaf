let n = 0;
const f = () => { n++; return 'r'; };
println(1 ?? f(), n);
println(null ?? f(), n);
