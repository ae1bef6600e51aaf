var s = "abcdef";
println(s.at(0), s.at(-1), s.at(-6), s.at(2.7), s.at("1"));
println(s.at(6), s.at(-7), s.at(Infinity));
println(s.at(), s.at(NaN), s.at(null));
println("".at(0));
