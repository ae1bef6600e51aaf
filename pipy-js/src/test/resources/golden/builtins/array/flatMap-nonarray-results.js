println(JSON.stringify([1, 2].flatMap(x => ({length: 1, 0: x}))), JSON.stringify([1].flatMap(x => 'str')), JSON.stringify([[1]].flatMap(x => x)));
