var s = new Set(['a', 'b']);
s.forEach(function (v, k, set) { println(v, k, set === s, this.x); }, { x: 7 });
