let n = 0; [1, , , 4].some(() => { n++; return false; }); println(n);
println([0, '', null].some(x => x), [0, 1].some(Boolean));
