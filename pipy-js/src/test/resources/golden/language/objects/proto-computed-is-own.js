const o = { ['__proto__']: 5 };
println(Object.keys(o).join(), o.__proto__ === 5);
