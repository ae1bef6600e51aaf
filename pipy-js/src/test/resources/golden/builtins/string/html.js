println("x".anchor("a\"b"), "x".big(), "x".blink(), "x".bold(), "x".fixed());
println("x".fontcolor("red"), "x".fontsize(7), "x".italics(), "x".link("u"), "x".small());
println("x".strike(), "x".sub(), "x".sup(), "x".anchor());
try { String.prototype.bold.call(null); } catch (e) { println(e.name); }
