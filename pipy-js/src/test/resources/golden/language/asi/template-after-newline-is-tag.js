const f = s => 'tag:' + s[0];
const v = f
`x`;
println(v);
