const o = { x: [1, 2] };
println(`${o.x.map(v => `<${v}>`).join('')}|${o.x.length > 1 ? `many` : 'one'}`);
