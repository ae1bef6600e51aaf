var out = "2024-05-06 and 1999-12-31".replace(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/g, (...args) => {
  var groups = args[args.length - 1];
  return `${groups.d}/${groups.m}/${groups.y}@${args[args.length - 3]}`;
});
println(out);
println("aaa".replace(/(?<x>a)/g, (m, p1, off, s, g) => typeof g + Object.keys(g).join() + off));
