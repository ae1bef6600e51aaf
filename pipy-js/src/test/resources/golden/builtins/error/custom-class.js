class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
const e = new MyError('mine');
println(e.message, e.name, String(e), e instanceof MyError, e instanceof Error, Object.prototype.toString.call(e), typeof e.stack);
class Plain extends TypeError {}
const p = new Plain('p'); println(p.name, p instanceof TypeError, p.constructor === Plain, String(p));
