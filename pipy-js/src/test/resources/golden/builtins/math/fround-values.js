println(Math.fround(1.1), Math.fround(16777217), Math.fround(3.4028235e38), Math.fround(3.5e38), Math.fround(1.401298464324817e-45), Math.fround(7e-46), Math.fround('2.5'));
