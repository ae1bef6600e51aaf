function tag(strings, ...vals) { return JSON.stringify(strings) + '|' + JSON.stringify(vals); }
println(tag`a${1}b${2}c`);
println(tag``);
println(tag`${1}`);
