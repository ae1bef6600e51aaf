println(Map[Symbol.species] === Map);
var d = Object.getOwnPropertyDescriptor(Map, Symbol.species);
println(typeof d.get, d.set, d.configurable);
