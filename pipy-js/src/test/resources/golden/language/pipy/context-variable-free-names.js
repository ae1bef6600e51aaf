function readLater() { return typeof definedLater === 'undefined' ? 'not yet' : definedLater; }
println(readLater());
globalThis.definedLater = 'now global';
println(readLater());
