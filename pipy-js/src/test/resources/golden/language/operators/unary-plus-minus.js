println(+'3', +'', +' 12 ', +'1e3', +'0x10', +'abc', +[], +[5], +{}, +true, +null, +undefined);
println(-'3', -0 === 0, Object.is(-0, 0), Object.is(-(0), -0));
