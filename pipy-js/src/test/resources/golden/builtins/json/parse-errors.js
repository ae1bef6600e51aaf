const bad = ['', ' ', '{', '}', '[1,]', '[1 2]', '{"a":1,}', "{'a':1}", '{a:1}', '01', '1.', '.5', '-', '+1', '1e', '0x10', 'NaN', 'Infinity', 'undefined', 'tru', 'nul', '"abc', '"\\x"', '"\\u12G4"', '"a\nb"', '"\t"', '[1]x', '{"a" 1}', '{"a":}', '[,1]', '\u00a01', '1 2', '"\\', '[', '{"a":1', '-01', '1e+'];
for (const s of bad) { try { JSON.parse(s); println('parsed?', JSON.stringify(s)); } catch (e) { print(e.name === 'SyntaxError' ? 'S' : e.name); } }
println();
try { JSON.parse(); } catch (e) { println(e.name); }
try { JSON.parse({}); } catch (e) { println(e.name); }
