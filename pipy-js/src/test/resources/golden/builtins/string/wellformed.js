println("abc".isWellFormed(), "a😀".isWellFormed(), "\ud800".isWellFormed(), "\udc00a".isWellFormed(), "a\ud800\ud800".isWellFormed());
println(JSON.stringify("a\ud800b".toWellFormed()), "😀".toWellFormed() === "😀", JSON.stringify("\udc00\ud800".toWellFormed()));
try { String.prototype.isWellFormed.call(null); } catch (e) { println(e.name); }
