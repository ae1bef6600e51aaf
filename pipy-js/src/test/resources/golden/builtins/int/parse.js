println(Int.parse('123').toString(), Int.parse('-9223372036854775808').toString(), Int.parse('ff', 16).toString());
println(Int.parse('0x1F', 16).toString(), Int.parse('777', 8).toString(), Int.parse('z', 36).toString());
println(Int.parse('12abc'), Int.parse('abc'), Int.parse('12 ').toString(), Int.parse(' 12').toString());
println(Int.parse('').toString(), Int.parse('99999999999999999999').toString(), Int.parse('1', 99));
println(Int.parse('101', 2).type, Int.parse('0x10', 0).toString(), Int.parse('010', 0).toString());
