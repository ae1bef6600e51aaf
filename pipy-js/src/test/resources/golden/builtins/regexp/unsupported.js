// Features this implementation rejects with a SyntaxError (JavaScript accepts them).
function tryRe(src, flags) {
  try { new RegExp(src, flags); println("ok", src); } catch (e) { println(e.name + ":", e.message); }
}
tryRe("(?<=(\\d+)(\\d+))$", "");
tryRe("(?<=a+b*)c", "");
tryRe("(?<=(?:ab)+)c", "");
tryRe("\\p{Emoji}", "u");
tryRe("[a&&b]", "v");
tryRe("(?i:a)", "");
