println(Number('1.'), Number('.'), Number('e1'), Number('1e'), Number('٣'), Number('1 2'), Number('0b'), Number('0x'), Number('-0b1'), Number('+0x1'));
