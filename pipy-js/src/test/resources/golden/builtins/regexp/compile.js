var re = /a/g;
re.lastIndex = 3;
var r = re.compile("b+", "i");
println(r === re, re.source, re.flags, re.lastIndex, re.test("BB"));
re.compile(/x/m);
println(String(re));
re.compile();
println(String(re), re.test(""));
try { re.compile(/x/, "g"); } catch (e) { println(e.name); }
try { re.compile("(", ""); } catch (e) { println(e.name); }
println(String(re));
try { re.compile("a", "gg"); } catch (e) { println(e.name); }
