const r = /ab+c/gi;
println(r instanceof RegExp, typeof r, r.source, r.flags);
println(/[/]/.source, /a\/b/.source);
