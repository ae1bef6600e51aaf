new RegExp("a", "gg");
