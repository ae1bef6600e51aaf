const seen = [];
function tag(s) { seen.push(s); return s; }
for (let i = 0; i < 2; i++) tag`x${i}y`;
tag`x${0}y`;
println(seen[0] === seen[1], seen[0] === seen[2], Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw));
