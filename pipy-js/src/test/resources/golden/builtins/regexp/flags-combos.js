var s = "Line1\nline2\nLINE3";
println(JSON.stringify(s.match(/^line\d$/g)), JSON.stringify(s.match(/^line\d$/gm)), JSON.stringify(s.match(/^line\d$/gim)), JSON.stringify(s.match(/line.line/gis)));
println(JSON.stringify(s.match(/^line\d$/im)), /L.*3/s.test(s), /L.*3/.test(s));
