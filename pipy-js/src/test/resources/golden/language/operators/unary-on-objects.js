println(+{ valueOf() { return '7'; } }, -[3], ~{ valueOf: () => 1 });
