var s = "ab".repeat(100000);
println(/^(?:a|b)*$/.test(s), /^(a|b)*$/.exec(s)[1], /^(?:[^"\\]|\\.)*$/.test(s), s.replace(/(?:ab)+/, "x"), s.split(/b/).length);
var q = '"' + 'x\\"'.repeat(50000) + '"';
println(/^"(?:[^"\\]|\\.)*"$/.test(q), q.match(/\\"/g).length);
var csv = Array.from({ length: 20000 }, (_, i) => "f" + i).join(",");
println(csv.split(/,/).length, csv.replace(/f(\d+)/g, (m, d) => d % 10).length);
