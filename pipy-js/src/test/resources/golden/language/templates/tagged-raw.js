function raw(s) { return s.raw.join('|'); }
println(raw`a\nb${0}\u0041`);
