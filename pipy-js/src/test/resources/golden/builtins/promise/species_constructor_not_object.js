var p = Promise.resolve(1);
p.constructor = 5;
try { p.then(); } catch (e) { println(e.name); }
p.constructor = undefined;
println(p.then() instanceof Promise);
p.constructor = { [Symbol.species]: null };
println(p.then() instanceof Promise);
p.constructor = { [Symbol.species]: 42 };
p.then();
