const s = 'abc\
def';
println(s, s.length);
