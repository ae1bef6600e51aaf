println(String.fromCodePoint(97));
String.fromCodePoint(1.5);
