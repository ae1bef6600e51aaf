println(/abc/.test("xabcx"), /abc/.test("ab"), /^$/.test(""), /a/.test(), /undefined/.test(), /null/.test(null), /1/.test(1), /true/.test(true));
var re = /a/g;
println(re.test("aa"), re.lastIndex, re.test("aa"), re.lastIndex, re.test("aa"), re.lastIndex);
println(RegExp.prototype.test.call(/x/, { toString() { return "xyz"; } }));
try { /a/.test(Symbol()); } catch (e) { println(e.name); }
