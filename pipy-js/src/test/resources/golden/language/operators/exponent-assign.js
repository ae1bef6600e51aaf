let x = 3; x **= 2; println(x); x **= 0.5; println(x);
