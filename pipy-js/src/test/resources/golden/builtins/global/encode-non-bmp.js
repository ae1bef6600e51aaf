println(encodeURIComponent('\ud834\udf06'), encodeURI('𝌆 x'), decodeURIComponent('%F0%9D%8C%86').length);
