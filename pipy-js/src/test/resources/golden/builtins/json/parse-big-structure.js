const big = []; for (let i = 0; i < 1000; i++) big.push({id: i, name: 'n' + i, tags: ['a', 'b'], ok: i % 2 === 0});
const s = JSON.stringify(big); const back = JSON.parse(s); println(s.length, back.length, back[999].name, back[500].ok, JSON.stringify(back) === s);
