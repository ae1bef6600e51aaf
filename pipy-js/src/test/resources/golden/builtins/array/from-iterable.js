println(JSON.stringify(Array.from('héllo')), JSON.stringify(Array.from('a😀b')));
println(JSON.stringify(Array.from([1, 2, 2, 3].entries())));
println(JSON.stringify(Array.from([[1, 'a'], [2, 'b']].keys())));
const g = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: ++i, done: i > 3 }) }; } };
println(JSON.stringify(Array.from(g)));
println(JSON.stringify(Array.from([1, , 3])));
