const a = [1, 2, 3, 4, 5];
println(JSON.stringify(a.splice(1, 2)), JSON.stringify(a));
println(JSON.stringify(a.splice(1, 0, 'x', 'y')), JSON.stringify(a));
println(JSON.stringify(a.splice(-2)), JSON.stringify(a));
println(JSON.stringify(a.splice()), JSON.stringify(a));
println(JSON.stringify(a.splice(0, 1, 'a', 'b', 'c')), JSON.stringify(a));
println(JSON.stringify(a.splice(1, -5)), JSON.stringify(a.splice(10, 1, 'end')), JSON.stringify(a));
println(JSON.stringify(a.splice(undefined)), JSON.stringify(a));
