function tag(s) { return 'tagged:' + s[0]; }
const t = tag
`text`;
println(t);
