const [[a, [b]], { c }] = [[1, [2]], { c: 3 }];
println(a + b + c);
