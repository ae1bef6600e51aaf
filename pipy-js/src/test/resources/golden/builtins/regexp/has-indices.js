var m = /a(?<Z>z)?(b)/d.exec("xab");
println(JSON.stringify(m.indices), JSON.stringify(m.indices.groups), m.indices.length, m.index);
println(/x/d.hasIndices, /x/.hasIndices, "indices" in /x/.exec("x"), JSON.stringify(/(x)/d.exec("ax").indices));
var all = [..."a1a2".matchAll(/a(\d)/dg)].map(m => JSON.stringify(m.indices));
println(all.join(" "));
