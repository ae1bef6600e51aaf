const n = 3;
println(`${n} item${n === 1 ? '' : 's'} (${[1, 2, 3].map(x => x * n).join('+')})`);
