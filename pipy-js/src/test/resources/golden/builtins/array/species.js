class Sub extends Array {}
const s = Sub.from([1, 2, 3]);
println(s instanceof Sub, s.map(x => x) instanceof Sub, s.filter(x => x) instanceof Sub, s.slice(1) instanceof Sub, s.concat([]) instanceof Sub, s.splice(0, 1) instanceof Sub);
println(Array[Symbol.species] === Array, Sub[Symbol.species] === Sub);
class NoSpecies extends Array { static get [Symbol.species]() { return Array; } }
const n = new NoSpecies(1, 2, 3);
println(n.map(x => x) instanceof NoSpecies, n.map(x => x) instanceof Array, n.length);
const plain = [1, 2]; plain.constructor = undefined; println(Array.isArray(plain.map(x => x)));
