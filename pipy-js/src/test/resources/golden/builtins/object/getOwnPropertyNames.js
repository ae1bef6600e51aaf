println(JSON.stringify(Object.getOwnPropertyNames({b: 1, a: 2, 1: 0})), JSON.stringify(Object.getOwnPropertyNames([5, 6])));
println(JSON.stringify(Object.getOwnPropertyNames('hi')), JSON.stringify(Object.getOwnPropertyNames(5)));
println(JSON.stringify(Object.getOwnPropertyNames((a, b) => 1).sort()), JSON.stringify(Object.getOwnPropertyNames(class { static m() {} })));
println(Object.getOwnPropertyNames(Object.prototype).includes('hasOwnProperty'), Object.getOwnPropertyNames(Math).includes('max'));
try { Object.getOwnPropertyNames(null); } catch (e) { println(e.name); }
