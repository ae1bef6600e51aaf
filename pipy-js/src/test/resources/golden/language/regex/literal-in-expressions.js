function parseOnly() {
  const list = [/a/, /[\]/]/, /\//g, /(?:x|y)+$/m];
  const o = { re: /=/, f: x => /^\d+$/.test(x) };
  return list.length + o.re + o.f;
}
println(typeof parseOnly);
