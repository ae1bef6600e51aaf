var closed = 0;
var it = {
  [Symbol.iterator]() {
    var i = 0;
    return {
      next() { i++; return { value: i < 3 ? [i, i] : 'bad', done: false }; },
      return() { closed++; return {}; }
    };
  }
};
try { new Map(it); } catch (e) { println(e.constructor.name, closed); }
