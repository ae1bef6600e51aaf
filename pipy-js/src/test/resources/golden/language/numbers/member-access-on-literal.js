println(5..toString(), 5 .toString(), (5).toString(2), 1.5.toFixed(0), 0x10.toString());
