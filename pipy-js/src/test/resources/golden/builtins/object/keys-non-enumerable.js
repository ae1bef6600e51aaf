const o = Object.defineProperty({a: 1}, 'hidden', {value: 2, enumerable: false});
println(JSON.stringify(Object.keys(o)), JSON.stringify(Object.getOwnPropertyNames(o)));
const child = Object.create({inherited: 1}); child.own = 2;
println(JSON.stringify(Object.keys(child)), JSON.stringify(Object.entries(child)));
