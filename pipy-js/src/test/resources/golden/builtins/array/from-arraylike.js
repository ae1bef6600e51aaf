println(JSON.stringify(Array.from({length: 3})));
println(JSON.stringify(Array.from({length: 2, 0: 'a', 1: 'b', 2: 'c'})));
println(JSON.stringify(Array.from({length: '2', 0: 'x'})));
println(JSON.stringify(Array.from({})), JSON.stringify(Array.from(5)), JSON.stringify(Array.from(true)));
println(JSON.stringify(Array.from({length: -1})));
