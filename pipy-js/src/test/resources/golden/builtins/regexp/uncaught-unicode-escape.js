println(/\u{41}/u.test("A"));
new RegExp("\\u{41", "u");
