function f() { return Array.prototype.slice.call(arguments); } println(JSON.stringify(f()), JSON.stringify(f(1, 'a')), Array.isArray(f()));
