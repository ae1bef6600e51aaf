const f = Object.freeze(function f() {}); f.x = 1; println(f.x, Object.isFrozen(f), f.name);
