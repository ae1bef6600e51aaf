const v = {a: [1, {b: 2}], c: 'x', e: [], f: {}};
println(JSON.stringify(v, null, 2));
println(JSON.stringify(v, null, '--'));
println(JSON.stringify([1, [2]], null, 20) === JSON.stringify([1, [2]], null, 10), JSON.stringify([1], null, 0), JSON.stringify([1], null, -5), JSON.stringify([1], null, ''), JSON.stringify([1], null, 'abcdefghijklmn'));
println(JSON.stringify({a: 1}, null, new Number(3)), JSON.stringify({a: 1}, null, new String('\t')), JSON.stringify({a: 1}, null, 1.9), JSON.stringify({a: 1}, null, true), JSON.stringify({a: 1}, null, {}));
println(JSON.stringify({a: undefined, b: 1}, null, 1), JSON.stringify([undefined], null, 1));
