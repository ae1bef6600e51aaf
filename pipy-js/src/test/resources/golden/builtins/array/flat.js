println(JSON.stringify([1, [2, [3, [4]]]].flat()), JSON.stringify([1, [2, [3, [4]]]].flat(2)), JSON.stringify([1, [2, [3, [4]]]].flat(Infinity)));
println(JSON.stringify([1, [2, [3]]].flat(0)), JSON.stringify([1, [2, [3]]].flat(-1)), JSON.stringify([1, , [2, , 3]].flat()));
println(JSON.stringify([[]].flat()), JSON.stringify([1, {length: 1, 0: 'x'}].flat()), JSON.stringify([[1, 2], 'ab'].flat('1')));
