function tag(s) { return [Array.isArray(s), s.length, Array.isArray(s.raw), Object.keys(s).join()].join(' '); }
println(tag`a${1}b`);
