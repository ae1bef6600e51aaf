let x, y;
({ a: [x = 'dx'] = [], b: { y = 'dy' } = {} } = {});
println(x, y);
