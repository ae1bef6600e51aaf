const rs = [];
for (let i = 0; i < 2; i++) rs.push(/a/g);
println(rs[0] === rs[1]);
