var s = "\u0041\u030a";
println(s.length, s.normalize().length, s.normalize("NFC").length, s.normalize("NFD").length);
println("\u00c5".normalize("NFD").length, "\ufb01".normalize("NFKC"), "\ufb01".normalize("NFKD"), "\ufb01".normalize("NFC") === "\ufb01");
println("abc".normalize(undefined));
try { "a".normalize("nfc"); } catch (e) { println(e.name); }
try { "a".normalize(null); } catch (e) { println(e.name); }
try { String.prototype.normalize.call(undefined); } catch (e) { println(e.name); }
