println(0b101, 0B11111111, 0b0);
