const s = '😀a';
println(s.length, s.charCodeAt(0).toString(16), s[2], s.codePointAt(0).toString(16));
