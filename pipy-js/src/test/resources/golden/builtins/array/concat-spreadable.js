const like = {length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true};
println(JSON.stringify([0].concat(like)));
const arr = [1, 2]; arr[Symbol.isConcatSpreadable] = false;
println(JSON.stringify([0].concat(arr)).length, [0].concat(arr)[1] === arr);
println(JSON.stringify([0].concat({length: 1, 0: 'z'})));
