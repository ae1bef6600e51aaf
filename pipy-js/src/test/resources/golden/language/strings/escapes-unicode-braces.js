println('\u{41}', '\u{1F600}'.length, '\u{1F600}'.codePointAt(0), '\u{0000041}', '\u{10FFFF}'.length);
