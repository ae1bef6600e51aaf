const s = 'héllo wörld 中文 😀';
println(s.length, s);
