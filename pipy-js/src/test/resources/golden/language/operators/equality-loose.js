println(1 == '1', 0 == '', null == undefined, null == 0, NaN == NaN, [1] == 1, '1,2' == [1, 2], true == 1, 'true' == true);
