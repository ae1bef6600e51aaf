println('\x41\x62', '\x7e', '\xe9'.charCodeAt(0));
