const café = 'c', ünïcode = 'u', 中文 = 'z', \u0061bc = 'esc';
println(café + ünïcode + 中文 + abc);
