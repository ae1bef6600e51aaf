println(Number.MIN_VALUE.toString(), Number.MAX_VALUE.toFixed(0).length, Number.MIN_VALUE.toFixed(2), (Number.MAX_VALUE * 2).toString(), (-Number.MIN_VALUE).toString());
