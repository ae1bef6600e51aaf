println(JSON.stringify([, [], [, 1]].flat()), [[]].flat().length, JSON.stringify([[1, [2, , 3]]].flat(Infinity)));
