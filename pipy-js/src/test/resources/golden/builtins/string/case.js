println("Hello World".toUpperCase(), "Hello World".toLowerCase());
println("straße".toUpperCase(), "ǅ".toUpperCase(), "ǅ".toLowerCase(), "İ".toLowerCase().length);
println("ΑΣ".toLowerCase(), "ΑΣ Σ".toLowerCase(), "ﬀ".toUpperCase());
println("ÀÉÎ".toLowerCase(), "àéî".toUpperCase(), "ı".toUpperCase(), "123-_!".toUpperCase());
println("abc".toLocaleUpperCase(), "ABC".toLocaleLowerCase());
println(String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(12));
try { String.prototype.toUpperCase.call(null); } catch (e) { println(e.name); }
try { String.prototype.toLowerCase.call(undefined); } catch (e) { println(e.name); }
