println("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));
println("a".localeCompare("B"), "B".localeCompare("a"));
println("apple".localeCompare("apples"), "".localeCompare("a"), "a".localeCompare(""));
var list = ["zebra", "Apple", "banana", "apple", "Banana"];
println(JSON.stringify(list.sort((x, y) => x.localeCompare(y))));
println("10".localeCompare("9") < 0);
try { String.prototype.localeCompare.call(null, "a"); } catch (e) { println(e.name); }
