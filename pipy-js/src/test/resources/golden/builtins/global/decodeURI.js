println(decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURI('a%20b%C3%A9'), decodeURI('%25'), decodeURI('%41'));
try { decodeURI('%E0%A4%A'); } catch (e) { println(e.name); }
println(decodeURI(encodeURI('http://x.y/é?a=b c')));
