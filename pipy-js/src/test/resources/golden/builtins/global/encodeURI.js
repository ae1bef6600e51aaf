println(encodeURI('http://example.com/a b?q=1&r=é#frag'), encodeURI(";/?:@&=+$,#"), encodeURI('[x]{y}|\\^`"<>%'));
try { encodeURI('\ud83d'); } catch (e) { println(e.name); }
