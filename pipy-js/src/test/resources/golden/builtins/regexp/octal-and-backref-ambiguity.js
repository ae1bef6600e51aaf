println(/(a)\1/.test("aa"), /\1(a)/.test("a"), /(a)\2/.test("a\x02"), /[\1]/.test("\x01"), /(a)(b)\12/.test("aba2"));
println(/\11/.test("\t"), /\011/.test("\t"), /\0/.test("\x00"), /\00/.test("\x00"), /\08/.test("\x008"), /\377/.test("\xff"), /\400/.test(" 0"));
var many = new RegExp("(a)".repeat(11) + "\\11");
println(many.test("a".repeat(12)), new RegExp("(a)".repeat(10) + "\\11").test("a".repeat(10) + "\t"));
