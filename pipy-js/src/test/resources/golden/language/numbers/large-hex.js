println(0xffffffffffffffff, 0x1fffffffffffff, 0x20000000000001);
