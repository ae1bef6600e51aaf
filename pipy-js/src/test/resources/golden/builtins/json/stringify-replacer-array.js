println(JSON.stringify({a: 1, b: 2, c: 3}, ['a', 'c']), JSON.stringify({a: 1, b: 2, c: 3}, ['c', 'a', 'c']), JSON.stringify({1: 'one', 2: 'two'}, [1]));
println(JSON.stringify({a: {a: 1, b: 2}, b: 3}, ['a']), JSON.stringify([{a: 1, b: 2}], ['b']), JSON.stringify({a: 1}, []), JSON.stringify({a: 1, 'x': 2}, [new String('x'), {}, null, true]));
println(JSON.stringify({a: 1, undefined: 2}, [undefined, 'a']), JSON.stringify({'1.5': 'x'}, [1.5]), JSON.stringify({a: 1}, 'not array'), JSON.stringify({a: 1}, null));
