var m = new Map();
m.set('z', 1); m.set('a', 2); m.set(3, 3); m.set('m', 4);
m.set('z', 5);
println(JSON.stringify([...m]));
m.delete('a');
m.set('a', 6);
println(JSON.stringify([...m.keys()]));
println(JSON.stringify([...m.values()]));
