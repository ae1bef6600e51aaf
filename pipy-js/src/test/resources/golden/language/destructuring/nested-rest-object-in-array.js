const [first, { ...restObj }] = [1, { p: 1, q: 2 }];
println(first, JSON.stringify(restObj));
